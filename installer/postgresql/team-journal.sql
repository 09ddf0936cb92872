-- PayScore Console: the team journal on PostgreSQL 15, for the database administrator.
--
-- Run as a superuser on the chain's database server (running it again changes nothing):
--     psql -h DBHOST -U postgres -v ON_ERROR_STOP=1 -f team-journal.sql
-- then give each login a password (psql: \password store12) and open the journal once as
-- payscore_owner, which creates the tables and grants the rights below:
--     payscore-cli --journal 'postgresql://payscore_owner@DBHOST:5432/payscore?sslmode=verify-full&sslrootcert=ca.pem' journal --since 2000-01-01
--
-- Rights (granted by the program whenever payscore_owner opens the journal, to these group
-- roles only; roles made after the first open get theirs at the owner's next open):
--   payscore_operator  SELECT, INSERT on entries; UPDATE only of the outcome columns
--                      (outcome, http_status, request_id, error_code, error_message, order_id,
--                      state, elapsed_ms, finished_at, reconciled_*); SELECT on journal_schema
--                      and journal_meta. No DELETE, no UPDATE of who/what/when.
--   payscore_auditor   SELECT on entries, journal_schema, journal_meta.
-- Nobody but payscore_owner may delete or rewrite an entry.

-- The owner of the database and its tables; it runs schema upgrades when a new version of the
-- program needs them (an operator's program refuses a schema newer than it knows).
SELECT 'CREATE ROLE payscore_owner LOGIN'
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'payscore_owner') \gexec
-- Group roles: people (or store PCs) log in as members of one of them.
SELECT 'CREATE ROLE payscore_operator NOLOGIN'
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'payscore_operator') \gexec
SELECT 'CREATE ROLE payscore_auditor NOLOGIN'
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'payscore_auditor') \gexec

SELECT 'CREATE DATABASE payscore OWNER payscore_owner ENCODING ''UTF8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'payscore') \gexec
REVOKE ALL ON DATABASE payscore FROM PUBLIC;
GRANT CONNECT ON DATABASE payscore TO payscore_operator, payscore_auditor;

-- One login per person or per store PC; the journal records the operator's name, the OS
-- account and the PC's host name besides. Examples:
--     CREATE ROLE store12 LOGIN IN ROLE payscore_operator;
--     CREATE ROLE support_li LOGIN IN ROLE payscore_operator;
--     CREATE ROLE audit_wang LOGIN IN ROLE payscore_auditor;
-- and in pg_hba.conf, TLS only from the stores' networks, e.g.
--     hostssl payscore +payscore_operator 10.12.0.0/16 scram-sha-256
--     hostssl payscore +payscore_auditor  10.0.0.0/8    scram-sha-256
