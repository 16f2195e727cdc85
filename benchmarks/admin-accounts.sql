-- 100 000 accounts for benchmarks/admin-search.sh (psql -v accounts=100000), on a schema Flyway made.
-- Deterministic (every choice is a function of the account's number n), so two runs list the same rows.
-- The mix, roughly: 85 % verified, 1.5 % disabled, 20 % with two-step on (2 % more half-enrolled), 12 % with
-- one passkey and 3 % with two, 70 % signed in since V11 (last_sign_in_at), about 1.7 sessions an account
-- (most live, some revoked or expired), created over three years. Addresses are first.last.n@domain from
-- 40 first names, 40 last names and 12 domains, so a prefix like "anna" matches about 2.5 % of them.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE TEMP TABLE bench_names AS
SELECT string_to_array('anna,ben,clara,david,emma,felix,greta,hugo,ida,jonas,karla,leon,mia,noah,olga,paul,'
         || 'quinn,rosa,sam,tara,uwe,vera,wim,xenia,yusuf,zoe,alex,bea,carl,dora,emil,frida,georg,hanna,igor,'
         || 'jana,kai,lena,max,nina', ',') AS firsts,
       string_to_array('schmidt,mueller,meyer,schulz,fischer,weber,wagner,becker,hoffmann,koch,richter,klein,'
         || 'wolf,neumann,schwarz,braun,zimmermann,krueger,hartmann,lange,smith,jones,brown,taylor,wilson,'
         || 'davies,evans,thomas,johnson,roberts,martin,bernard,dubois,moreau,laurent,rossi,russo,ferrari,'
         || 'garcia,lopez', ',') AS lasts,
       string_to_array('example.com,example.org,example.net,mail.example,post.example,web.example,'
         || 'inbox.example,uni.example,firma.example,company.example,home.example,family.example', ',') AS domains;

-- n -> a stable pseudo-random number in [0, 1) per purpose (k), without random()'s state.
CREATE FUNCTION pg_temp.h(n bigint, k int) RETURNS double precision LANGUAGE sql IMMUTABLE AS
$$ SELECT ((hashint8(n * 1000 + k)::bigint + 2147483648) % 1000000) / 1000000.0 $$;

CREATE TEMP TABLE bench_accounts AS
SELECT n,
       -- A UUID made of n: stable across runs, spread over the key space like random ones.
       md5('bench-account-' || n)::uuid AS id,
       names.firsts[1 + n % 40] || '.' || names.lasts[1 + (n / 40) % 40] || '.' || n || '@'
         || names.domains[1 + (n * 7) % 12] AS email,
       timestamptz '2026-12-01 00:00:00+00' - (pg_temp.h(n, 1) * interval '1095 days') AS created_at
  FROM generate_series(1, :accounts) AS n, bench_names AS names;

INSERT INTO users (id, email, password_hash, email_verified_at, roles, disabled_at, created_at, updated_at,
                   last_sign_in_at)
SELECT id, email, '$argon2id$v=19$m=19456,t=2,p=1$bm90LWEtcmVhbC1zYWx0$bm90LWEtcmVhbC1oYXNoLCBiZW5jaG1hcmsgb25seQ',
       CASE WHEN pg_temp.h(n, 2) < 0.85 THEN created_at + interval '7 minutes' END,
       '["user"]'::jsonb,
       CASE WHEN pg_temp.h(n, 3) < 0.015 THEN created_at + pg_temp.h(n, 4) * (timestamptz '2026-12-01 00:00:00+00' - created_at) END,
       created_at, created_at,
       CASE WHEN pg_temp.h(n, 5) < 0.70 THEN created_at + pg_temp.h(n, 6) * (timestamptz '2026-12-05 00:00:00+00' - created_at) END
  FROM bench_accounts;

-- Two-step: 20 % on, 2 % begun and never confirmed.
INSERT INTO user_totp (user_id, secret_sealed, confirmed_at, last_used_step, created_at)
SELECT id, decode(md5('totp' || n), 'hex'),
       CASE WHEN pg_temp.h(n, 7) < 0.20 THEN created_at + interval '1 day' END, -1, created_at + interval '1 day'
  FROM bench_accounts WHERE pg_temp.h(n, 7) < 0.22;

-- Passkeys: 12 % one, 3 % two.
INSERT INTO passkeys (credential_id, user_id, name, public_key_cose, signature_count, aaguid, transports,
                      backup_eligible, backed_up, user_verified, created_at, last_used_at)
SELECT decode(md5('passkey' || n || '-' || k) || md5('passkey2' || n || '-' || k), 'hex'), id,
       CASE k WHEN 1 THEN 'Phone' ELSE 'Security key' END, decode(md5('cose' || n || k), 'hex'), 0, NULL,
       ARRAY['internal', 'hybrid'], true, true, true, created_at + k * interval '2 days', NULL
  FROM bench_accounts, generate_series(1, 2) AS k
 WHERE (k = 1 AND pg_temp.h(n, 8) < 0.15) OR (k = 2 AND pg_temp.h(n, 8) < 0.03);

-- Sessions: 0 to 4 an account (about 1.7 on average); a tenth revoked, a tenth expired.
INSERT INTO user_sessions (id, user_id, refresh_id, previous_refresh_id, rotated_at, created_at, last_used_at,
                           expires_at, revoked_at, revoke_reason, user_agent, client_ip)
SELECT md5('session' || n || '-' || k)::uuid, id, md5('refresh' || n || '-' || k)::uuid, NULL, NULL,
       started, started + interval '1 hour',
       CASE WHEN pg_temp.h(n * 10 + k, 10) < 0.10 THEN timestamptz '2026-11-01 00:00:00+00'
            ELSE timestamptz '2026-12-20 00:00:00+00' END,
       CASE WHEN pg_temp.h(n * 10 + k, 11) < 0.10 THEN started + interval '2 hours' END,
       CASE WHEN pg_temp.h(n * 10 + k, 11) < 0.10 THEN 'logout' END,
       'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', '198.51.100.' || (n % 250)
  FROM (SELECT n, id, k, timestamptz '2026-11-05 00:00:00+00' + pg_temp.h(n * 10 + k, 12) * interval '30 days' AS started
          FROM bench_accounts, generate_series(1, 4) AS k
         WHERE k <= floor(pg_temp.h(n, 9) * 4.4)) AS s;

VACUUM ANALYZE users;
VACUUM ANALYZE user_totp;
VACUUM ANALYZE passkeys;
VACUUM ANALYZE user_sessions;
SELECT count(*) AS accounts,
       count(*) FILTER (WHERE email_verified_at IS NULL) AS unverified,
       count(*) FILTER (WHERE disabled_at IS NOT NULL) AS disabled,
       count(*) FILTER (WHERE last_sign_in_at IS NULL) AS never_signed_in,
       (SELECT count(*) FROM user_totp WHERE confirmed_at IS NOT NULL) AS two_step,
       (SELECT count(*) FROM passkeys) AS passkeys,
       (SELECT count(*) FROM user_sessions) AS sessions
  FROM users;
