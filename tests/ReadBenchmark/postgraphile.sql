-- PostGraphile's side of the read benchmark (issue #16): the same reads as the raw endpoint's SQL
-- (RawEndpoint/RawSql.cs), as functions PostGraphile exposes as query fields. The viewer is passed as arguments
-- (PostGraphile's JWT/RLS set-up is not part of what is compared). Each returns one more row than asked, as a
-- keyset page reads; the driver compares the first n.
CREATE SCHEMA IF NOT EXISTS bench;

CREATE OR REPLACE FUNCTION bench.salesperson_page(me uuid, team uuid, n int) RETURNS SETOF customers
LANGUAGE sql STABLE AS $$
    SELECT c.* FROM customers AS c
    WHERE c.id IN (
        SELECT id FROM (
            (SELECT id, name FROM customers WHERE owner_id = me ORDER BY name, id LIMIT n + 1)
            UNION ALL
            (SELECT id, name FROM customers WHERE (owner_id IS NULL OR owner_id <> me) AND shared_with @> ARRAY[me]
             ORDER BY name, id LIMIT n + 1)
            UNION ALL
            (SELECT id, name FROM customers WHERE owner_id IS NULL AND team_id = team
             AND NOT (shared_with @> ARRAY[me]) ORDER BY name, id LIMIT n + 1)) AS top
        ORDER BY name, id LIMIT n + 1)
    ORDER BY c.name, c.id LIMIT n + 1
$$;

CREATE OR REPLACE FUNCTION bench.owner_page(me uuid, team uuid, owner uuid, n int) RETURNS SETOF customers
LANGUAGE sql STABLE AS $$
    SELECT c.* FROM customers AS c
    WHERE c.id IN (
        SELECT id FROM (
            (SELECT id, name FROM customers WHERE team_id = team AND owner_id = owner ORDER BY name, id LIMIT n + 1)
            UNION ALL
            (SELECT id, name FROM customers WHERE team_id <> team AND shared_with @> ARRAY[me] AND owner_id = owner
             ORDER BY name, id LIMIT n + 1)) AS top
        ORDER BY name, id LIMIT n + 1)
    ORDER BY c.name, c.id LIMIT n + 1
$$;

CREATE OR REPLACE FUNCTION bench.customer_detail(me uuid, team uuid, customer_id uuid) RETURNS customers
LANGUAGE sql STABLE AS $$
    SELECT * FROM customers
    WHERE id = customer_id AND (owner_id = me OR shared_with @> ARRAY[me] OR (owner_id IS NULL AND team_id = team))
$$;
