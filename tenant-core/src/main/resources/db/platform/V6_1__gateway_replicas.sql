-- Gateway replicas that polled the registry feed lately (each names itself on every poll, every 2 s): the feed
-- answers how many are alive, and each replica enforces its share of the rate limits. Rows of replicas gone for
-- good are pruned by the feed itself.
create table platform.gateway_replica (
    instance text        primary key,
    seen_at  timestamptz not null
);
