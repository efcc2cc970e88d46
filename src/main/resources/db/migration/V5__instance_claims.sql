-- Bridge instances and who holds an idempotency claim. Portable SQL: runs unchanged on H2 and PostgreSQL.
-- Each running instance keeps a heartbeat row; a claim (idempotency_key row) names the instance working on it
-- (owner), or no one once the message is done. A claim whose owner stopped beating may be taken over, so a killed
-- instance does not leave its messages claimed for ever.
ALTER TABLE idempotency_key ADD COLUMN owner VARCHAR(64);

CREATE TABLE bridge_instance (
    instance_id  VARCHAR(64)  NOT NULL,
    host         VARCHAR(255) NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_bridge_instance PRIMARY KEY (instance_id)
);
