-- The read benchmark's dataset (issue #16), cloned in SQL from template rows CrmGraph itself wrote (run.sh makes
-- them through GraphQL), so every column is filled as the application fills it. psql variables: customers (count).
-- One team: 20 salespeople (rep01..rep20) owning 1/20 of the customers each, every 97th customer in the team's
-- pool, every 211th shared with rep01; 7 follow-up records, 3 plans per customer, a deal per 2 customers.
SET session_replication_role = replica; -- consistent by construction; skips the foreign-key triggers

CREATE FUNCTION pg_temp.clone(source text, template text, rows_from text, overrides jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    columns text;
    vals text;
BEGIN
    SELECT string_agg(column_name, ', ' ORDER BY ordinal_position),
           string_agg(COALESCE(overrides ->> column_name, 't.' || column_name), ', ' ORDER BY ordinal_position)
      INTO columns, vals
      FROM information_schema.columns WHERE table_name = source AND table_schema = current_schema();
    EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM (SELECT * FROM %I WHERE %s LIMIT 1) t CROSS JOIN %s',
                   source, columns, vals, source, template, rows_from);
END $$;

CREATE TEMP TABLE reps AS SELECT array_agg(id ORDER BY login) AS ids FROM users WHERE login LIKE 'rep__';

SELECT pg_temp.clone('customers', 'name = ''模板''', format('generate_series(1, %s) g CROSS JOIN reps', :customers),
    jsonb_build_object(
        'id', 'md5(''bench-customer-'' || g)::uuid',
        'name', format('''客户'' || lpad((g * 7919 %% %s)::text, 6, ''0'')', :customers),
        'normalized_phone', 'NULL', 'normalized_email', 'NULL', 'normalized_company_name', 'NULL',
        'owner_id', 'CASE WHEN g % 97 = 0 THEN NULL ELSE reps.ids[1 + g % 20] END',
        'shared_with', 'CASE WHEN g % 211 = 1 THEN ARRAY[reps.ids[1]] ELSE ARRAY[]::uuid[] END',
        'entered_at', 't.entered_at - make_interval(mins => g)',
        'stage', '(ARRAY[''Prospect'',''Qualified'',''FollowingUp'',''Established'',''Maintaining''])[1 + g % 5]',
        'grade', '(ARRAY[''A'',''B'',''C''])[1 + g % 3]'));

-- Children of customer n = 1 + g % customers: its id, its owner (the template's for pool customers).
CREATE TEMP VIEW owners AS
    SELECT n, md5('bench-customer-' || n)::uuid AS customer_id,
           CASE WHEN n % 97 = 0 THEN NULL ELSE reps.ids[1 + n % 20] END AS owner_id
    FROM reps CROSS JOIN generate_series(1, :customers) n;

SELECT pg_temp.clone('follow_up_records', '1 = 1',
    format('generate_series(1, %s) g JOIN owners o ON o.n = 1 + g %% %s', 7 * :customers, :customers),
    jsonb_build_object('id', 'gen_random_uuid()', 'customer_id', 'o.customer_id',
        'owner_id', 'COALESCE(o.owner_id, t.owner_id)', 'plan_id', 'NULL',
        'happened_at', 't.happened_at - make_interval(mins => g)',
        'recorded_at', 't.happened_at - make_interval(mins => g)'));

SELECT pg_temp.clone('follow_up_plans', '1 = 1',
    format('generate_series(1, %s) g JOIN owners o ON o.n = 1 + g %% %s', 3 * :customers, :customers),
    jsonb_build_object('id', 'gen_random_uuid()', 'customer_id', 'o.customer_id',
        'owner_id', 'COALESCE(o.owner_id, t.owner_id)', 'completed_by_record_id', 'NULL',
        'due_at', 't.due_at - make_interval(mins => g)',
        'status', '(ARRAY[''Planned'',''Done'',''Cancelled''])[1 + g % 3]',
        'done_on_time', 'CASE WHEN g % 3 = 1 THEN g % 2 = 0 END'));

SELECT pg_temp.clone('deals', '1 = 1',
    format('generate_series(1, %s) g JOIN owners o ON o.n = 1 + (g * 7) %% %s', :customers / 2, :customers),
    jsonb_build_object('id', 'gen_random_uuid()', 'customer_id', 'o.customer_id',
        'owner_id', 'COALESCE(o.owner_id, t.owner_id)',
        'opened_at', 't.opened_at - make_interval(mins => g)',
        'status', 'CASE WHEN g % 3 = 1 THEN ''Lost'' ELSE ''Open'' END',
        'lost_reason', 'CASE WHEN g % 3 = 1 THEN ''Price'' END',
        'closed_at', 'CASE WHEN g % 3 = 1 THEN t.opened_at END',
        'amount', '1000 + g % 997 * 100'));

SET session_replication_role = DEFAULT;

-- The triggers skipped include the one that keeps "shared with" in list order (ADR-054): fill it as the migration does.
INSERT INTO customer_shares (user_id, customer_id, name, entered_at)
SELECT DISTINCT u.user_id, c.id, c.name, c.entered_at
FROM customers AS c CROSS JOIN LATERAL unnest(c.shared_with) AS u(user_id)
ON CONFLICT DO NOTHING;
