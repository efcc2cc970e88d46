-- Operator decisions and facts the bridge keeps across restarts (ops.golive): a fresh installation's flows held until an
-- operator starts them ('go-live.held-since', 'go-live.started.<flow>'), 'articles.linkup.confirmed', and what the first
-- orders poll left out ('orders.first-poll.left-out'). Portable SQL: runs unchanged on H2 and PostgreSQL.
CREATE TABLE ops_state (
    name        VARCHAR(100)  NOT NULL,
    state_value VARCHAR(1000) NOT NULL,
    updated_by  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ops_state PRIMARY KEY (name)
);
