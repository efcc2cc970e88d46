-- CCV Shop webhooks the bridge registered: one per event, with the key CCV signs its deliveries with.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
CREATE TABLE ccv_webhook (
    event        VARCHAR(128)  NOT NULL,
    webhook_id   BIGINT        NOT NULL,
    address      VARCHAR(1000) NOT NULL,
    signing_key  VARCHAR(512)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ccv_webhook PRIMARY KEY (event)
);
