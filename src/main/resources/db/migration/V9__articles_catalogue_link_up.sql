-- Articles flow against a shop whose catalogue already exists (docs/articles.md, "Link-up" and "Duplicate SKUs").
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
-- The link-up: one row (name 'link-up') once the first run against a non-empty shop made its report; the flow
-- writes nothing until confirmed_at is set. report is the JSON the API and dashboard show (SKUs and CCV ids only).
CREATE TABLE articles_link_up (
    name          VARCHAR(32)   NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    summary       VARCHAR(1000) NOT NULL,
    report        TEXT          NOT NULL,
    reported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at       TIMESTAMP WITH TIME ZONE,
    read_by       VARCHAR(255),
    confirmed_at  TIMESTAMP WITH TIME ZONE,
    confirmed_by  VARCHAR(255),
    CONSTRAINT pk_articles_link_up PRIMARY KEY (name)
);
-- SKUs found more than once in the CCV catalogue: skipped by the articles flow until only one place is left.
CREATE TABLE articles_duplicate_sku (
    sku           VARCHAR(255)  NOT NULL,
    found         VARCHAR(2000) NOT NULL,
    first_seen    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_articles_duplicate_sku PRIMARY KEY (sku)
);
