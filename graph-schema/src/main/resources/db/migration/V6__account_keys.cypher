// Accounts are listed and paged by their name, as every other list by its key
MATCH (s:StaffAccount) WHERE s.id IS NULL SET s.id = s.username;
CREATE CONSTRAINT staff_account_id IF NOT EXISTS FOR (s:StaffAccount) REQUIRE s.id IS UNIQUE;
