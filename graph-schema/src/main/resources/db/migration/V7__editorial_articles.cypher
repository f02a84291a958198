// Articles get a workflow: the node keeps what the public sees (while live); every save
// is an immutable revision; deliveries to search and webhooks are queued per consumer.
MATCH (a:Article) WHERE a.state IS NULL
SET a.state = 'PUBLISHED', a.live = true, a.version = 1, a.currentRevision = 1, a.liveRevision = 1,
    a.publicSlug = a.slug, a.formerSlugs = [], a.sequence = 1, a.lastPublishedAt = a.publishedAt,
    a.createdAt = a.publishedAt, a.updatedAt = a.publishedAt, a.coverText = '', a.tags = [],
    a.facts = '[]', a.draftedCaseVersions = '{}', a.createdBy = 'system'
CREATE (a)-[:HAS_REVISION]->(:ArticleRevision {articleId: a.id, number: 1, slug: a.slug, title: a.title,
    standfirst: a.summary, bodyHtml: a.bodyHtml, coverText: '', tags: [], author: 'system', at: a.publishedAt,
    note: 'Published before revisions were kept'});
MATCH (a:Article)-[:TELLS]->(:Case)-[:LOCATED_IN]->(r:Region) MERGE (a)-[:IN_REGION]->(r);
CREATE CONSTRAINT article_revision_number IF NOT EXISTS FOR (r:ArticleRevision) REQUIRE (r.articleId, r.number) IS UNIQUE;
CREATE INDEX article_public_slug IF NOT EXISTS FOR (a:Article) ON (a.publicSlug);
// The scheduler reads only the few articles with an action due
CREATE INDEX article_publish_at IF NOT EXISTS FOR (a:Article) ON (a.publishAt);
CREATE INDEX article_unpublish_at IF NOT EXISTS FOR (a:Article) ON (a.unpublishAt);
CREATE CONSTRAINT delivery_id IF NOT EXISTS FOR (d:Delivery) REQUIRE d.id IS UNIQUE;
// One delivery per event and consumer, even when an event is fanned out twice
CREATE CONSTRAINT delivery_event_consumer IF NOT EXISTS FOR (d:Delivery) REQUIRE (d.eventId, d.consumer) IS UNIQUE;
CREATE INDEX delivery_state IF NOT EXISTS FOR (d:Delivery) ON (d.state);
CREATE CONSTRAINT webhook_endpoint_id IF NOT EXISTS FOR (w:WebhookEndpoint) REQUIRE w.id IS UNIQUE;
