// What visitors searched, counted per day and query text (no caller is recorded)
CREATE CONSTRAINT search_query_key IF NOT EXISTS FOR (q:SearchQuery) REQUIRE q.key IS UNIQUE;
CREATE INDEX search_query_day IF NOT EXISTS FOR (q:SearchQuery) ON (q.day);
