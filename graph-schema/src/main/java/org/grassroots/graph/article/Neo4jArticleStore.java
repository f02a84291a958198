package org.grassroots.graph.article;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jArticleStore implements ArticleStore {

	private static final String PROJECTION = """
			RETURN a.id AS id, a.slug AS slug, c.id AS caseId, a.title AS title, a.summary AS summary,
			       a.bodyHtml AS bodyHtml, a.publishedAt AS publishedAt""";

	private final Neo4jClient neo4j;

	Neo4jArticleStore(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public Optional<StoredArticle> save(StoredArticle article) {
		return this.neo4j.query("""
				MATCH (c:Case {id: $caseId})
				MERGE (a:Article {id: $id})
				ON CREATE SET a.publishedAt = $publishedAt
				SET a.slug = $slug, a.title = $title, a.summary = $summary, a.bodyHtml = $bodyHtml,
				    a.updatedAt = datetime()
				MERGE (a)-[:TELLS]->(c)
				""" + PROJECTION)
			.bindAll(Map.of("id", article.id(), "slug", article.slug(), "caseId", article.caseId(), "title",
					article.title(), "summary", article.summary(), "bodyHtml", article.bodyHtml(), "publishedAt",
					article.publishedAt()))
			.fetchAs(StoredArticle.class)
			.mappedBy((types, row) -> toArticle(row))
			.one();
	}

	@Override
	public Optional<StoredArticle> findByCaseId(String caseId) {
		return this.neo4j.query("MATCH (a:Article)-[:TELLS]->(c:Case {id: $caseId}) " + PROJECTION)
			.bind(caseId)
			.to("caseId")
			.fetchAs(StoredArticle.class)
			.mappedBy((types, row) -> toArticle(row))
			.one();
	}

	@Override
	public List<StoredArticle> findByIds(Collection<String> ids) {
		return List.copyOf(this.neo4j.query("""
				MATCH (a:Article)-[:TELLS]->(c:Case) WHERE a.id IN $ids
				""" + PROJECTION)
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(StoredArticle.class)
			.mappedBy((types, row) -> toArticle(row))
			.all());
	}

	private static StoredArticle toArticle(Record row) {
		ZonedDateTime publishedAt = row.get("publishedAt").asZonedDateTime();
		return new StoredArticle(row.get("id").asString(), row.get("slug").asString(), row.get("caseId").asString(),
				row.get("title").asString(), row.get("summary").asString(), row.get("bodyHtml").asString(),
				publishedAt.toOffsetDateTime());
	}

}
