-- Secrets the bridge makes for itself: the key of the e-mail hashes in record links and claims (name 'link-key'),
-- used when bridge.privacy.link-key is not configured. Portable SQL: runs unchanged on H2 and PostgreSQL.
-- Links and claims stored before this version with a plain e-mail address are rewritten at start-up
-- (privacy.PlainEmailConversion), once the key exists.
CREATE TABLE bridge_secret (
    name         VARCHAR(64)  NOT NULL,
    secret_value VARCHAR(255) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_bridge_secret PRIMARY KEY (name)
);
CREATE INDEX ix_record_link_updated ON record_link (updated_at);
