-- One stored key per webhook address and event, so that bridge instances reached at different addresses (two hosts
-- without a shared load balancer) each verify their own deliveries. Portable: H2 and PostgreSQL.
ALTER TABLE ccv_webhook DROP CONSTRAINT pk_ccv_webhook;
ALTER TABLE ccv_webhook ADD CONSTRAINT pk_ccv_webhook PRIMARY KEY (event, address);
