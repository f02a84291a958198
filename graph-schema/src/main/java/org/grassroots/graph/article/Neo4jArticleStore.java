package org.grassroots.graph.article;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.grassroots.graph.paging.Keyset;
import org.grassroots.graph.paging.KeysetListing;
import org.grassroots.graph.read.ReadRows;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jArticleStore extends KeysetListing<StoredArticle, ArticleFilter> implements ArticleStore {

	private static final String PROJECTION = """
			a.id AS id, a.publicSlug AS slug,
			COLLECT { MATCH (a)-[:TELLS]->(c) RETURN c.id AS caseId ORDER BY caseId } AS caseIds,
			a.title AS title, a.summary AS summary, a.bodyHtml AS bodyHtml, coalesce(a.coverText, '') AS coverText,
			coalesce(a.tags, []) AS tags, a.publishedAt AS publishedAt,
			coalesce(a.lastPublishedAt, a.publishedAt) AS revisedAt, coalesce(a.liveRevision, 1) AS revision""";

	private final Neo4jClient neo4j;

	Neo4jArticleStore(Neo4jClient neo4j, ReadRows rows) {
		super(new Keyset<>(rows, "Article", "a", PROJECTION, Neo4jArticleStore::toArticle));
		this.neo4j = neo4j;
	}

	/** Live articles only: a draft's key finds nothing. */
	@Override
	public List<StoredArticle> findByIds(Collection<String> ids) {
		return List.copyOf(this.neo4j.query("""
				UNWIND $ids AS id
				MATCH (a:Article {id: id}) WHERE a.live = true
				RETURN\s""" + PROJECTION)
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(StoredArticle.class)
			.mappedBy((types, row) -> toArticle(row))
			.all());
	}

	@Override
	public Optional<StoredArticle> findByCaseId(String caseId) {
		return this.neo4j
			.query("MATCH (a:Article)-[:TELLS]->(:Case {id: $caseId}) WHERE a.live = true RETURN " + PROJECTION
					+ " ORDER BY id LIMIT 1")
			.bind(caseId)
			.to("caseId")
			.fetchAs(StoredArticle.class)
			.mappedBy((types, row) -> toArticle(row))
			.one();
	}

	@Override
	public Optional<StoredArticle> findBySlug(String slug) {
		return this.neo4j.query("""
				CALL () {
				  MATCH (a:Article {publicSlug: $slug}) RETURN a
				  UNION
				  MATCH (a:Article) WHERE $slug IN a.formerSlugs RETURN a
				}
				WITH a WHERE a.live = true
				RETURN\s""" + PROJECTION + " LIMIT 1")
			.bind(slug)
			.to("slug")
			.fetchAs(StoredArticle.class)
			.mappedBy((types, row) -> toArticle(row))
			.one();
	}

	@Override
	public List<Publication> publications(Collection<String> ids) {
		return List.copyOf(this.neo4j
			.query("""
					UNWIND $ids AS id
					MATCH (a:Article {id: id})
					RETURN a.live = true AS live, coalesce(a.sequence, 0) AS sequence,
					       COLLECT { MATCH (a)-[:TELLS]->(c) RETURN DISTINCT c.kind AS kind ORDER BY kind } AS kinds,
					       COLLECT { MATCH (a)-[:TELLS]->(c) WHERE c.status IS NOT NULL
					                 RETURN DISTINCT c.status AS status ORDER BY status } AS statuses,
					       coalesce([(a)-[:TELLS]->(c) | c.place][0], '') AS place,
					       COLLECT { MATCH (a)-[:IN_REGION]->(:Region)-[:WITHIN*0..]->(r:Region)
					                 RETURN DISTINCT r.id AS regionId ORDER BY regionId } AS regionIds,
					       COLLECT { MATCH (a)-[:IN_REGION]->(:Region)-[:WITHIN*0..]->(r:Region)
					                 WHERE r.level IN ['DISTRICT', 'TOWN', 'VILLAGE']
					                 WITH DISTINCT r
					                 RETURN {id: r.id, name: r.name, kind: r.level} AS region
					                 ORDER BY CASE r.level WHEN 'DISTRICT' THEN 0 WHEN 'TOWN' THEN 1 ELSE 2 END, r.id } AS regions,
					       COLLECT { MATCH (a)-[:TELLS]->(:Case)-[:COLLECTED_AT]->(s:Station) WITH DISTINCT s
					                 RETURN {id: s.id, name: s.name, kind: coalesce(s.kind, '')} AS station ORDER BY s.id } AS stations,
					       COLLECT { MATCH (a)-[:TELLS]->(:Case)<-[:RAISED]-(d:Representative) WITH DISTINCT d
					                 RETURN {id: d.id, name: d.name, kind: ''} AS deputy ORDER BY d.id } AS deputies,
					       COLLECT { MATCH (a)-[:TELLS]->(:Case)-[:CONCERNS]->(l:Law) WITH DISTINCT l
					                 RETURN {id: l.id, name: l.title, kind: coalesce(l.kind, '')} AS law ORDER BY l.id } AS laws,
					       [(a)-[:TELLS]->(c) WHERE coalesce(c.raisedOn, c.completedOn) IS NOT NULL
					          | coalesce(c.raisedOn, c.completedOn).year][0] AS year,
					       toInteger(reduce(total = 0, f IN [(a)-[:TELLS]->(c) | coalesce(c.fundingYuan, 0)] | total + f)) AS fundingYuan,
					       toInteger(reduce(total = 0, b IN [(a)-[:TELLS]->(c) | coalesce(c.beneficiaries, 0)] | total + b)) AS beneficiaries,
					       """
					+ PROJECTION)
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Publication.class)
			.mappedBy((types, row) -> new Publication(row.get("id").asString(), row.get("sequence").asLong(),
					row.get("live").asBoolean() ? live(row) : null))
			.all());
	}

	private static Publication.Live live(Record row) {
		return new Publication.Live(toArticle(row), row.get("kinds").asList(Value::asString),
				row.get("statuses").asList(Value::asString), row.get("place").asString(),
				row.get("regionIds").asList(Value::asString), nodes(row, "regions"), nodes(row, "stations"),
				nodes(row, "deputies"), nodes(row, "laws"), row.get("year").isNull() ? null : row.get("year").asInt(),
				row.get("fundingYuan").asLong(), row.get("beneficiaries").asLong());
	}

	private static List<Publication.Node> nodes(Record row, String key) {
		return row.get(key)
			.asList((node) -> new Publication.Node(node.get("id").asString(), node.get("name").asString(""),
					node.get("kind").asString("")));
	}

	@Override
	public List<String> ids() {
		return List
			.copyOf(this.neo4j.query("MATCH (a:Article) RETURN a.id AS id ORDER BY id").fetchAs(String.class).all());
	}

	@Override
	public java.util.Map<String, Publication.State> states() {
		java.util.Map<String, Publication.State> states = new java.util.HashMap<>();
		this.neo4j.query("""
				MATCH (a:Article)
				RETURN a.id AS id, coalesce(a.sequence, 0) AS sequence, a.live = true AS live""")
			.fetch()
			.all()
			.forEach((row) -> states.put((String) row.get("id"), new Publication.State(
					((Number) row.get("sequence")).longValue(), Boolean.TRUE.equals(row.get("live")))));
		return states;
	}

	private static StoredArticle toArticle(Record row) {
		OffsetDateTime publishedAt = row.get("publishedAt").asZonedDateTime().toOffsetDateTime();
		return new StoredArticle(row.get("id").asString(), row.get("slug").asString(),
				row.get("caseIds").asList(Value::asString), row.get("title").asString(), row.get("summary").asString(),
				row.get("bodyHtml").asString(), row.get("coverText").asString(),
				row.get("tags").asList(Value::asString), publishedAt,
				row.get("revisedAt").asZonedDateTime().toOffsetDateTime(), row.get("revision").asInt());
	}

}
