// Cases listed by funding or beneficiaries, largest first, read the page from the index
CREATE INDEX case_funding IF NOT EXISTS FOR (c:Case) ON (c.fundingYuan);
CREATE INDEX case_beneficiaries IF NOT EXISTS FOR (c:Case) ON (c.beneficiaries);
