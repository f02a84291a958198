// Voted livelihood projects (民生实事票决制): candidates with their votes, sub-items with budgets.
CREATE CONSTRAINT livelihood_project_id IF NOT EXISTS FOR (p:LivelihoodProject) REQUIRE p.id IS UNIQUE;
CREATE INDEX livelihood_project_year IF NOT EXISTS FOR (p:LivelihoodProject) ON (p.year);
CREATE INDEX livelihood_project_budget IF NOT EXISTS FOR (p:LivelihoodProject) ON (p.budgetYuan);
CREATE CONSTRAINT project_item_key IF NOT EXISTS FOR (i:ProjectItem) REQUIRE (i.projectId, i.seq) IS UNIQUE;
