package org.grassroots.graph.article;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grassroots.graph.paging.Keyset;
import org.grassroots.graph.paging.KeysetListing;
import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jArticleStore extends KeysetListing<StoredArticle, ArticleFilter> implements ArticleStore {

	private static final String PROJECTION = """
			a.id AS id, a.slug AS slug, [(a)-[:TELLS]->(c:Case) | c.id][0] AS caseId, a.title AS title,
			a.summary AS summary, a.bodyHtml AS bodyHtml, a.publishedAt AS publishedAt""";

	private final Neo4jClient neo4j;

	Neo4jArticleStore(Neo4jClient neo4j) {
		super(new Keyset<>(neo4j, "Article", "a", PROJECTION, Neo4jArticleStore::toArticle));
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
				RETURN\s""" + PROJECTION)
			.bindAll(Map.of("id", article.id(), "slug", article.slug(), "caseId", article.caseId(), "title",
					article.title(), "summary", article.summary(), "bodyHtml", article.bodyHtml(), "publishedAt",
					article.publishedAt()))
			.fetchAs(StoredArticle.class)
			.mappedBy((types, row) -> toArticle(row))
			.one();
	}

	@Override
	public Optional<StoredArticle> findByCaseId(String caseId) {
		return this.neo4j.query("MATCH (a:Article)-[:TELLS]->(:Case {id: $caseId}) RETURN " + PROJECTION)
			.bind(caseId)
			.to("caseId")
			.fetchAs(StoredArticle.class)
			.mappedBy((types, row) -> toArticle(row))
			.one();
	}

	private static StoredArticle toArticle(Record row) {
		ZonedDateTime publishedAt = row.get("publishedAt").asZonedDateTime();
		return new StoredArticle(row.get("id").asString(), row.get("slug").asString(), row.get("caseId").asString(),
				row.get("title").asString(), row.get("summary").asString(), row.get("bodyHtml").asString(),
				publishedAt.toOffsetDateTime());
	}

}
