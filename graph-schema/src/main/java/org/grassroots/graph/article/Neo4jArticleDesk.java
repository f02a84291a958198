package org.grassroots.graph.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.grassroots.graph.access.Scope;
import org.grassroots.graph.article.CaseSheet.Named;
import org.grassroots.graph.article.CaseSheet.StageOn;
import org.grassroots.graph.paging.Keyset;
import org.grassroots.graph.paging.KeysetListing;
import org.jspecify.annotations.Nullable;
import org.grassroots.graph.read.ReadRows;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jArticleDesk extends KeysetListing<EditorialArticle, EditorialFilter> implements ArticleDesk {

	private static final String PROJECTION = """
			a.id AS id, a.state AS state, coalesce(a.version, 1) AS version,
			[(a)-[:HAS_REVISION]->(w:ArticleRevision) WHERE w.number = a.currentRevision | w {.*}][0] AS revision,
			a.liveRevision AS liveRevision, a.publicSlug AS publicSlug, coalesce(a.formerSlugs, []) AS formerSlugs,
			COLLECT { MATCH (a)-[:TELLS]->(c) RETURN [c.id, coalesce(c.version, 1)] AS told ORDER BY told[0] } AS cases,
			COLLECT { MATCH (a)-[:IN_REGION]->(r:Region) RETURN r.id AS regionId ORDER BY regionId } AS regionIds,
			a.publishAt AS publishAt, a.unpublishAt AS unpublishAt, coalesce(a.facts, '[]') AS facts,
			coalesce(a.draftedCaseVersions, '{}') AS draftedCaseVersions, a.approvedBy AS approvedBy,
			a.reviewComment AS reviewComment, a.overrideReason AS overrideReason, coalesce(a.createdBy, 'system') AS createdBy, a.createdAt AS createdAt,
			a.updatedAt AS updatedAt, coalesce(a.sequence, 0) AS sequence""";

	private final Neo4jClient neo4j;

	Neo4jArticleDesk(Neo4jClient neo4j, ReadRows rows) {
		super(new Keyset<>(rows, "Article", "a", PROJECTION, Neo4jArticleDesk::toArticle));
		this.neo4j = neo4j;
	}

	/** Any of the article's regions in scope; everything for an administrator. */
	private static String inScope(Scope scope) {
		return scope.everywhere() ? "true"
				: "EXISTS { MATCH (a)-[:IN_REGION]->(r:Region) WHERE " + scope.covers("r") + " }";
	}

	@Override
	public List<CaseSheet> sheets(List<String> caseIds, Scope scope) {
		return List.copyOf(this.neo4j
			.query("""
					UNWIND range(0, size($ids) - 1) AS i
					MATCH (c:Case {id: $ids[i]})
					OPTIONAL MATCH (c)-[:LOCATED_IN]->(r:Region)
					WITH i, c, r WHERE %s
					RETURN c.id AS id, coalesce(c.version, 1) AS version, c.title AS title, c.summary AS summary,
					       c.narrative AS narrative, c.kind AS kind, c.status AS status, c.raisedOn AS raisedOn,
					       c.completedOn AS completedOn, c.fundingYuan AS fundingYuan, c.beneficiaries AS beneficiaries,
					       c.beneficiaryUnit AS beneficiaryUnit, c.quantityValue AS quantity, c.quantityUnit AS quantityUnit,
					      c.durationDays AS durationDays,
					       coalesce([path = (r)-[:WITHIN*0..]->(top:Region) WHERE NOT (top)-[:WITHIN]->()
					                 | [n IN reverse(nodes(path)) | n {.id, .name}]][0], []) AS regionPath,
					       [(c)-[:COLLECTED_AT]->(s:Station) | s {.id, .name}][0] AS station,
					       COLLECT { MATCH (d:Representative)-[:RAISED]->(c) RETURN d {.id, .name} AS d ORDER BY d.id } AS deputies,
					       COLLECT { MATCH (c)-[:HAS_STAGE]->(s:Stage) RETURN s {.seq, .stage, .on} AS s ORDER BY s.seq } AS timeline
					ORDER BY i"""
				.formatted(scope.covers("r")))
			.bindAll(scope.parametersWith("ids", List.copyOf(caseIds)))
			.fetchAs(CaseSheet.class)
			.mappedBy((types, row) -> toSheet(row))
			.all());
	}

	private static CaseSheet toSheet(Record row) {
		Value station = row.get("station");
		return new CaseSheet(row.get("id").asString(), row.get("version").asLong(), row.get("title").asString(""),
				row.get("summary").asString(""), row.get("narrative").asString(""), row.get("kind").asString(),
				row.get("status").asString(), date(row.get("raisedOn")), date(row.get("completedOn")),
				number(row.get("fundingYuan")), number(row.get("beneficiaries")),
				row.get("beneficiaryUnit").asString(null),
				row.get("quantity").isNull() ? null : row.get("quantity").asDouble(),
				row.get("quantityUnit").asString(null), number(row.get("durationDays")),
				row.get("regionPath")
					.asList((n) -> new Named("Region", n.get("id").asString(), n.get("name").asString())),
				station.isNull() ? null
						: new Named("Station", station.get("id").asString(), station.get("name").asString()),
				row.get("deputies")
					.asList((d) -> new Named("Representative", d.get("id").asString(), d.get("name").asString())),
				row.get("timeline")
					.asList((s) -> new StageOn(s.get("seq").asInt(), s.get("stage").asString(), date(s.get("on")))));
	}

	@Override
	public Set<String> consents(Collection<String> caseIds) {
		return Set.copyOf(this.neo4j.query("""
				MATCH (c) WHERE c.id IN $ids AND (c:Case OR c:ArchivedCase)
				UNWIND coalesce(c.residentConsents, []) AS name
				RETURN DISTINCT name""").bind(List.copyOf(caseIds)).to("ids").fetchAs(String.class).all());
	}

	@Override
	public Set<String> deputiesNamed(Collection<String> names) {
		if (names.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.neo4j.query("MATCH (d:Representative) WHERE d.name IN $names RETURN DISTINCT d.name")
			.bind(List.copyOf(names))
			.to("names")
			.fetchAs(String.class)
			.all());
	}

	@Override
	public Optional<EditorialArticle> find(String id, Scope scope) {
		return read("MATCH (a:Article {id: $id}) WHERE " + inScope(scope), id, scope);
	}

	@Override
	public Optional<EditorialArticle> lock(String id, Scope scope) {
		// The lock (a property set and removed) is taken before the version is read: a
		// concurrent change waits, and what is read is current
		return read("MATCH (a:Article {id: $id}) WHERE " + inScope(scope) + " SET a.lock = true REMOVE a.lock WITH a",
				id, scope);
	}

	private Optional<EditorialArticle> read(String match, String id, Scope scope) {
		return this.neo4j.query(match + "\nRETURN " + PROJECTION)
			.bindAll(scope.parametersWith("id", id))
			.fetchAs(EditorialArticle.class)
			.mappedBy((types, row) -> toArticle(row))
			.one();
	}

	@Override
	public boolean slugTaken(String slug, @Nullable String exceptId) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("slug", slug);
		parameters.put("except", exceptId);
		return this.neo4j.query("""
				OPTIONAL MATCH (a:Article) WHERE a.slug = $slug OR a.publicSlug = $slug OR $slug IN a.formerSlugs
				WITH a WHERE a IS NOT NULL AND ($except IS NULL OR a.id <> $except)
				RETURN count(a) > 0""").bindAll(parameters).fetchAs(Boolean.class).one().orElse(false);
	}

	@Override
	public void create(String id, ArticleRevision first, String facts, String caseVersions) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("revision", revisionProperties(first));
		parameters.put("facts", facts);
		parameters.put("caseVersions", caseVersions);
		this.neo4j.query("""
				CREATE (a:Article {id: $id, slug: $revision.slug, state: 'DRAFT', version: 1, currentRevision: 1,
				                   live: false, formerSlugs: [], sequence: 0, facts: $facts,
				                   draftedCaseVersions: $caseVersions, createdBy: $revision.author,
				                   createdAt: $revision.at, updatedAt: $revision.at})
				CREATE (a)-[:HAS_REVISION]->(w:ArticleRevision)
				SET w = $revision
				WITH a
				""" + RELINK).bindAll(parameters).run();
	}

	/** The cases the working revision tells, and the regions they lie in. */
	private static final String RELINK = """
			CALL (a) {
			  OPTIONAL MATCH (a)-[t:TELLS]->(c) WHERE NOT c.id IN $revision.caseIds
			  DELETE t
			}
			CALL (a) {
			  UNWIND $revision.caseIds AS caseId
			  MATCH (c {id: caseId}) WHERE c:Case OR c:ArchivedCase
			  MERGE (a)-[:TELLS]->(c)
			}
			CALL (a) {
			  OPTIONAL MATCH (a)-[g:IN_REGION]->()
			  DELETE g
			}
			CALL (a) {
			  MATCH (a)-[:TELLS]->()-[:LOCATED_IN]->(r:Region)
			  WITH DISTINCT a, r
			  MERGE (a)-[:IN_REGION]->(r)
			}""";

	@Override
	public void revise(ArticleRevision revision, ArticleState state) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", revision.articleId());
		parameters.put("revision", revisionProperties(revision));
		parameters.put("state", state.name());
		this.neo4j.query("""
				MATCH (a:Article {id: $id})
				SET a.currentRevision = $revision.number, a.state = $state, a.slug = $revision.slug,
				    a.version = coalesce(a.version, 1) + 1, a.updatedAt = $revision.at
				REMOVE a.approvedBy, a.overrideReason
				CREATE (a)-[:HAS_REVISION]->(w:ArticleRevision)
				SET w = $revision
				WITH a
				""" + RELINK).bindAll(parameters).run();
	}

	@Override
	public void transition(String id, ArticleState state, Map<String, @Nullable Object> changes) {
		Map<String, @Nullable Object> properties = new LinkedHashMap<>();
		changes.forEach((name, value) -> properties.put(name, (value instanceof Instant at) ? utc(at) : value));
		this.neo4j
			.query("""
					MATCH (a:Article {id: $id})
					SET a += $changes, a.state = $state, a.version = coalesce(a.version, 1) + 1, a.updatedAt = datetime()""")
			.bindAll(Map.of("id", id, "state", state.name(), "changes", properties))
			.run();
	}

	@Override
	public void publish(String id, Instant at) {
		this.neo4j
			.query("""
					MATCH (a:Article {id: $id})-[:HAS_REVISION]->(w:ArticleRevision)
					WHERE w.number = a.currentRevision
					WITH a, w, a.publicSlug AS previous, coalesce(a.formerSlugs, []) AS former
					SET a.live = true, a.liveRevision = w.number, a.title = w.title, a.summary = w.standfirst,
					    a.bodyHtml = w.bodyHtml, a.coverText = w.coverText, a.tags = w.tags, a.publicSlug = w.slug,
					    a.formerSlugs = [s IN former WHERE s <> w.slug]
					        + CASE WHEN previous IS NULL OR previous = w.slug OR previous IN former THEN [] ELSE [previous] END,
					    a.publishedAt = coalesce(a.publishedAt, $at), a.lastPublishedAt = $at, a.state = 'PUBLISHED',
					    a.sequence = coalesce(a.sequence, 0) + 1, a.version = coalesce(a.version, 1) + 1, a.updatedAt = $at
					REMOVE a.publishAt""")
			.bindAll(Map.of("id", id, "at", utc(at)))
			.run();
	}

	@Override
	public void takeDown(String id, ArticleState state, Instant at) {
		this.neo4j.query("""
				MATCH (a:Article {id: $id})
				SET a.live = false, a.state = $state, a.sequence = coalesce(a.sequence, 0) + 1,
				    a.version = coalesce(a.version, 1) + 1, a.updatedAt = $at,
				    a.publishAt = CASE WHEN $state = 'ARCHIVED' THEN null ELSE a.publishAt END
				REMOVE a.liveRevision, a.title, a.summary, a.bodyHtml, a.coverText, a.tags, a.unpublishAt""")
			.bindAll(Map.of("id", id, "state", state.name(), "at", utc(at)))
			.run();
	}

	@Override
	public List<ArticleRevision> revisions(String id) {
		return List.copyOf(this.neo4j
			.query("MATCH (:Article {id: $id})-[:HAS_REVISION]->(w:ArticleRevision) "
					+ "RETURN w {.*} AS revision ORDER BY w.number DESC")
			.bind(id)
			.to("id")
			.fetchAs(ArticleRevision.class)
			.mappedBy((types, row) -> toRevision(row.get("revision")))
			.all());
	}

	@Override
	public Optional<ArticleRevision> revision(String id, int number) {
		return this.neo4j
			.query("MATCH (:Article {id: $id})-[:HAS_REVISION]->(w:ArticleRevision {number: $number}) "
					+ "RETURN w {.*} AS revision")
			.bindAll(Map.of("id", id, "number", number))
			.fetchAs(ArticleRevision.class)
			.mappedBy((types, row) -> toRevision(row.get("revision")))
			.one();
	}

	@Override
	public List<String> due(Instant now, int limit) {
		return List.copyOf(this.neo4j.query("""
				CALL () {
				  MATCH (a:Article) WHERE a.publishAt <= $now RETURN a.id AS id, a.publishAt AS at
				  UNION ALL
				  MATCH (a:Article) WHERE a.unpublishAt <= $now RETURN a.id AS id, a.unpublishAt AS at
				}
				WITH id, min(at) AS at
				RETURN id ORDER BY at LIMIT $limit""")
			.bindAll(Map.of("now", utc(now), "limit", limit))
			.fetchAs(String.class)
			.all());
	}

	private static Map<String, Object> revisionProperties(ArticleRevision revision) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("articleId", revision.articleId());
		properties.put("number", revision.number());
		properties.put("slug", revision.content().slug());
		properties.put("title", revision.content().title());
		properties.put("standfirst", revision.content().standfirst());
		properties.put("bodyHtml", revision.content().bodyHtml());
		properties.put("coverText", revision.content().coverText());
		properties.put("tags", revision.content().tags());
		properties.put("caseIds", revision.caseIds());
		properties.put("author", revision.author());
		properties.put("at", utc(revision.at()));
		properties.put("note", revision.note());
		return properties;
	}

	private static ArticleRevision toRevision(Value w) {
		return new ArticleRevision(w.get("articleId").asString(), w.get("number").asInt(),
				new ArticleContent(w.get("slug").asString(), w.get("title").asString(""),
						w.get("standfirst").asString(""), w.get("bodyHtml").asString(""),
						w.get("coverText").asString(""),
						w.get("tags").isNull() ? List.of() : w.get("tags").asList(Value::asString)),
				w.get("caseIds").isNull() ? List.of() : w.get("caseIds").asList(Value::asString),
				w.get("author").asString("system"), instant(w.get("at")), w.get("note").asString(""));
	}

	private static EditorialArticle toArticle(Record row) {
		Map<String, Long> caseVersions = new LinkedHashMap<>();
		row.get("cases")
			.asList((told) -> told)
			.forEach((told) -> caseVersions.put(told.get(0).asString(), told.get(1).asLong()));
		Instant createdAt = instant(row.get("createdAt"));
		return new EditorialArticle(row.get("id").asString(), ArticleState.valueOf(row.get("state").asString()),
				row.get("version").asLong(), toRevision(row.get("revision")),
				row.get("liveRevision").isNull() ? null : row.get("liveRevision").asInt(),
				row.get("publicSlug").asString(null), row.get("formerSlugs").asList(Value::asString),
				List.copyOf(caseVersions.keySet()), caseVersions, row.get("regionIds").asList(Value::asString),
				optionalInstant(row.get("publishAt")), optionalInstant(row.get("unpublishAt")),
				row.get("facts").asString(), row.get("draftedCaseVersions").asString(),
				row.get("approvedBy").asString(null), row.get("reviewComment").asString(null),
				row.get("overrideReason").asString(null), row.get("createdBy").asString(), createdAt,
				row.get("updatedAt").isNull() ? createdAt : instant(row.get("updatedAt")),
				row.get("sequence").asLong());
	}

	private static Object utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(Value value) {
		return value.isNull() ? Instant.EPOCH : value.asZonedDateTime().toInstant();
	}

	private static @Nullable Instant optionalInstant(Value value) {
		return value.isNull() ? null : value.asZonedDateTime().toInstant();
	}

	private static @Nullable Long number(Value value) {
		return value.isNull() ? null : value.asNumber().longValue();
	}

	private static @Nullable LocalDate date(Value value) {
		if (value.isNull()) {
			return null;
		}
		return value.hasType(TypeSystem.getDefault().STRING()) ? LocalDate.parse(value.asString())
				: value.asLocalDate();
	}

}
