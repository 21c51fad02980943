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
            (SELECT c1.id, c1.name FROM customers AS c1 JOIN customer_shares AS s
               ON c1.id = s.customer_id AND c1.name = s.name AND c1.entered_at = s.entered_at
             WHERE s.user_id = me AND (c1.owner_id IS NULL OR c1.owner_id <> me) ORDER BY c1.name, c1.id LIMIT n + 1)
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

-- PostGraphile as its users deploy it: the visibility predicate as a row-level security policy per role, the JWT's
-- claims (role, user_id, team_id) set by PostGraphile for each request, and its own allCustomers/customerById fields
-- paging and ordering (the "PostGraphile (RLS)" side). The functions above run as the connecting superuser, which
-- RLS does not apply to; so do CrmGraph and the raw endpoint.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench_sales') THEN CREATE ROLE bench_sales NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench_supervisor') THEN
        CREATE ROLE bench_supervisor NOLOGIN;
    END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO bench_sales, bench_supervisor;
GRANT SELECT ON customers, deals TO bench_sales, bench_supervisor;

CREATE OR REPLACE FUNCTION bench.claim(name text) RETURNS uuid
LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('jwt.claims.' || name, true), '')::uuid $$;
GRANT USAGE ON SCHEMA bench TO bench_sales, bench_supervisor;

ALTER TABLE customers ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS salesperson_sees ON customers;
DROP POLICY IF EXISTS supervisor_sees ON customers;
-- The issue's predicate, written with the operators PostgreSQL's indexes serve (@> for the GIN index on shared_with).
CREATE POLICY salesperson_sees ON customers FOR SELECT TO bench_sales USING (
    owner_id = bench.claim('user_id') OR shared_with @> ARRAY[bench.claim('user_id')]
    OR (owner_id IS NULL AND team_id = bench.claim('team_id')));
CREATE POLICY supervisor_sees ON customers FOR SELECT TO bench_supervisor USING (
    team_id = bench.claim('team_id') OR shared_with @> ARRAY[bench.claim('user_id')]);
