// The grassroots model: regions, stations, grids, deputies, duty visits, laws,
// consultations, agencies and case timelines. Business keys are unique; every property
// the API filters or sorts on has an index.
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (r:Region) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (r:Region) REQUIRE r.code IS UNIQUE;
CREATE CONSTRAINT station_id IF NOT EXISTS FOR (s:Station) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT grid_id IF NOT EXISTS FOR (g:Grid) REQUIRE g.id IS UNIQUE;
CREATE CONSTRAINT representative_id IF NOT EXISTS FOR (r:Representative) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT duty_visit_id IF NOT EXISTS FOR (v:DutyVisit) REQUIRE v.id IS UNIQUE;
CREATE CONSTRAINT law_id IF NOT EXISTS FOR (l:Law) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT consultation_id IF NOT EXISTS FOR (c:Consultation) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (a:Agency) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT stage_key IF NOT EXISTS FOR (s:Stage) REQUIRE (s.caseId, s.seq) IS UNIQUE;
CREATE INDEX region_level IF NOT EXISTS FOR (r:Region) ON (r.level);
CREATE INDEX region_name IF NOT EXISTS FOR (r:Region) ON (r.name);
CREATE INDEX station_kind IF NOT EXISTS FOR (s:Station) ON (s.kind);
CREATE INDEX station_name IF NOT EXISTS FOR (s:Station) ON (s.name);
CREATE INDEX station_opened_on IF NOT EXISTS FOR (s:Station) ON (s.openedOn);
CREATE INDEX grid_size IF NOT EXISTS FOR (g:Grid) ON (g.size);
CREATE INDEX representative_name IF NOT EXISTS FOR (r:Representative) ON (r.name);
CREATE INDEX duty_visit_on IF NOT EXISTS FOR (v:DutyVisit) ON (v.on);
CREATE INDEX law_kind IF NOT EXISTS FOR (l:Law) ON (l.kind);
CREATE INDEX law_title IF NOT EXISTS FOR (l:Law) ON (l.title);
CREATE INDEX consultation_opened_on IF NOT EXISTS FOR (c:Consultation) ON (c.openedOn);
CREATE INDEX case_status IF NOT EXISTS FOR (c:Case) ON (c.status);
CREATE INDEX case_raised_on IF NOT EXISTS FOR (c:Case) ON (c.raisedOn);
CREATE INDEX case_completed_on IF NOT EXISTS FOR (c:Case) ON (c.completedOn);
CREATE INDEX case_title IF NOT EXISTS FOR (c:Case) ON (c.title);
// Staff search over case text: the CJK analyzer indexes Chinese as character bigrams
CREATE FULLTEXT INDEX case_text IF NOT EXISTS FOR (c:Case) ON EACH [c.title, c.summary, c.narrative]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX representative_text IF NOT EXISTS FOR (r:Representative) ON EACH [r.name, r.profile]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
