// Business keys are unique; the API never exposes Neo4j's internal ids.
CREATE CONSTRAINT case_id IF NOT EXISTS FOR (c:Case) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT staff_account_username IF NOT EXISTS FOR (s:StaffAccount) REQUIRE s.username IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT article_slug IF NOT EXISTS FOR (a:Article) REQUIRE a.slug IS UNIQUE;
CREATE INDEX case_kind IF NOT EXISTS FOR (c:Case) ON (c.kind);
