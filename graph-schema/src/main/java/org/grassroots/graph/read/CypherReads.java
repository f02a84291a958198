package org.grassroots.graph.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.grassroots.graph.read.ReadPlan.All;
import org.grassroots.graph.read.ReadPlan.Constant;
import org.grassroots.graph.read.ReadPlan.Entry;
import org.grassroots.graph.read.ReadPlan.Page;
import org.grassroots.graph.read.ReadPlan.Path;
import org.grassroots.graph.read.ReadPlan.Projection;
import org.grassroots.graph.read.ReadPlan.Single;
import org.grassroots.graph.read.ReadPlan.Sort;
import org.grassroots.graph.read.ReadPlan.Step;
import org.grassroots.graph.read.ReadPlan.Value;
import org.grassroots.graph.support.LeastRecentlyUsed;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.RelationshipChain;
import org.neo4j.cypherdsl.core.RelationshipPattern;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Dialect;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Renders a plan as one statement with the Cypher-DSL: related nodes in {@code COLLECT}
 * subqueries, counts in {@code COUNT} subqueries, every value a parameter. Plans of the
 * same shape render the same text, kept once, so the database's plan cache serves them.
 */
@Repository
class CypherReads implements GraphReads {

	private static final Renderer RENDERER = Renderer
		.getRenderer(Configuration.newConfig().withDialect(Dialect.NEO4J_5_26).build());

	/** How many statement texts are kept: shapes carry clients' aliases. */
	static final int CAPACITY = 1000;

	/**
	 * Statements by the shape of their plan (every value replaced), bounded: a client
	 * inventing new aliases on every request must not grow it without end.
	 */
	private final LeastRecentlyUsed<ReadPlan, Rendered> statements = new LeastRecentlyUsed<>(CAPACITY);

	/** Lists' projections by their shape, bounded for the same reason. */
	private final LeastRecentlyUsed<ProjectionShape, Rendered> projections = new LeastRecentlyUsed<>(CAPACITY);

	private final Neo4jClient neo4j;

	private final @Nullable GraphDatabaseService inProcess;

	/**
	 * @param inProcess the database when it runs in this JVM: reads then skip the driver
	 * ({@link InProcessStatements})
	 */
	CypherReads(Neo4jClient neo4j, ObjectProvider<GraphDatabaseService> inProcess) {
		this.neo4j = neo4j;
		this.inProcess = inProcess.getIfAvailable();
	}

	@Override
	public @Nullable Map<String, Object> read(ReadPlan plan) {
		Rendered rendered = render(plan);
		if (this.inProcess != null) {
			@SuppressWarnings("unchecked")
			Map<String, Object> read = (Map<String, Object>) InProcessStatements.first(this.inProcess,
					rendered.cypher(), rendered.parameters(), "result");
			return read;
		}
		return this.neo4j.query(rendered.cypher())
			.bindAll(rendered.parameters())
			.fetchAs(Map.class)
			.mappedBy((types, record) -> record.get("result").asMap())
			.one()
			.map((result) -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> read = (Map<String, Object>) result;
				return read;
			})
			.orElse(null);
	}

	@Override
	public Projected projection(String variable, Projection projection) {
		Values values = new Values();
		ProjectionShape shape = new ProjectionShape(variable, values.projection(projection));
		Rendered items = this.projections.get(shape).orElseGet(() -> {
			Rendered rendered = Rendering.returning(shape);
			this.projections.put(shape, rendered);
			return rendered;
		});
		Map<String, Object> parameters = new HashMap<>();
		items.with(values).parameters().forEach((name, value) -> parameters.put(name, Objects.requireNonNull(value)));
		return new Projected(items.cypher(), parameters);
	}

	/** A list's projection with its values taken out, and the node's variable. */
	record ProjectionShape(String variable, Projection projection) {
	}

	/** The statement's text and where the plan's values go. */
	Rendered render(ReadPlan plan) {
		Values values = new Values();
		ReadPlan shape = values.shapeOf(plan);
		Rendered statement = this.statements.get(shape).orElseGet(() -> {
			Rendered rendered = Rendering.statement(shape);
			this.statements.put(shape, rendered);
			return rendered;
		});
		return statement.with(values);
	}

	/**
	 * A statement's text and its parameters' values, in order of appearance.
	 */
	record Rendered(String cypher, List<@Nullable Object> values) {

		Rendered with(Values plan) {
			return new Rendered(this.cypher, plan.values);
		}

		Map<String, @Nullable Object> parameters() {
			Map<String, @Nullable Object> parameters = new HashMap<>();
			for (int i = 0; i < this.values.size(); i++) {
				parameters.put("v" + i, this.values.get(i));
			}
			return parameters;
		}

	}

	/**
	 * Takes a plan's values out (the key, page sizes, missing-value stand-ins) in the
	 * order rendering meets them, leaving its shape.
	 */
	static final class Values {

		final List<@Nullable Object> values = new ArrayList<>();

		ReadPlan shapeOf(ReadPlan plan) {
			this.values.add(plan.key());
			return new ReadPlan(plan.label(), "", projection(plan.projection()));
		}

		Projection projection(Projection projection) {
			List<Entry> entries = new ArrayList<>();
			for (Entry entry : projection.entries()) {
				entries.add(switch (entry) {
					case Value value -> {
						if (value.absent() != null) {
							this.values.add(value.absent());
						}
						yield new Value(value.name(), value.property(), (value.absent() != null) ? "" : null);
					}
					case Constant constant -> {
						this.values.add(constant.value());
						yield new Constant(constant.name(), "");
					}
					case Single single -> new Single(single.name(), single.path(), projection(single.projection()));
					case All all -> new All(all.name(), all.path(), projection(all.projection()));
					case Page page -> {
						Sort sort = page.sort();
						if (sort.absent() != null) {
							this.values.add(sort.absent());
						}
						this.values.add(page.size());
						yield new Page(page.name(), page.path(),
								new Sort(sort.property(), (sort.absent() != null) ? "" : null, sort.descending()), 0,
								page.total(), projection(page.node()));
					}
				});
			}
			return new Projection(entries);
		}

	}

	/** One statement's rendering: variables and parameters numbered as met. */
	private static final class Rendering {

		private int variables;

		private int parameters;

		static Rendered statement(ReadPlan shape) {
			Rendering rendering = new Rendering();
			Node root = Cypher.node(shape.label())
				.named(rendering.variable())
				.withProperties("id", rendering.parameter());
			Statement statement = Cypher.match(root)
				.returning(rendering.map(root.getRequiredSymbolicName().getValue(), shape.projection()).as("result"))
				.build();
			return new Rendered(RENDERER.render(statement), List.of());
		}

		/**
		 * The items {@code id} and {@code node} of a {@code RETURN}: the Cypher-DSL
		 * renders them as a statement of their own, whose keyword is left out.
		 */
		static Rendered returning(ProjectionShape shape) {
			Rendering rendering = new Rendering();
			Node self = Cypher.anyNode(shape.variable());
			Statement statement = Cypher
				.returning(self.property("id").as("id"), rendering.map(shape.variable(), shape.projection()).as("node"))
				.build();
			// The dialect's version prefix belongs to a whole statement, not to its items
			String text = RENDERER.render(statement).replaceFirst("^CYPHER \\d+ ", "");
			if (!text.startsWith("RETURN ")) {
				throw new IllegalStateException("Not a RETURN: " + text);
			}
			return new Rendered(text.substring("RETURN ".length()), List.of());
		}

		private String variable() {
			return "n" + this.variables++;
		}

		private Expression parameter() {
			return Cypher.parameter("v" + this.parameters++);
		}

		private Expression map(String node, Projection projection) {
			List<Object> entries = new ArrayList<>();
			Node self = Cypher.anyNode(node);
			for (Entry entry : projection.entries()) {
				entries.add(entry.name());
				entries.add(switch (entry) {
					case Value value ->
						(value.absent() != null) ? Cypher.coalesce(self.property(value.property()), parameter())
								: self.property(value.property());
					case Constant constant -> parameter();
					case Single single -> {
						Node target = target(single.path());
						Statement first = Cypher.match(pattern(node, single.path(), target))
							.returning(map(name(target), single.projection()))
							.limit(1)
							.build();
						yield Cypher.valueAt(Cypher.collect(first), 0);
					}
					case All all -> {
						Node target = target(all.path());
						Statement every = Cypher.match(pattern(node, all.path(), target))
							.with(target)
							.orderBy(target.property("id").ascending())
							.returning(map(name(target), all.projection()))
							.build();
						yield Cypher.collect(every);
					}
					case Page page -> page(node, page);
				});
			}
			return Cypher.mapOf(entries.toArray());
		}

		private Expression page(String node, Page page) {
			List<Object> connection = new ArrayList<>();
			if (page.total()) {
				Node counted = target(page.path());
				connection.add("totalCount");
				connection.add(Cypher
					.count(Cypher.match(pattern(node, page.path(), counted)).returningDistinct(counted).build()));
			}
			Node target = target(page.path());
			Sort sort = page.sort();
			Expression key = target.property("id");
			Expression value = (sort.absent() != null) ? Cypher.coalesce(target.property(sort.property()), parameter())
					: target.property(sort.property());
			// Named after the node: a nested page's order must not shadow its parent's
			String sortValue = name(target) + "Order";
			List<SortItem> order = new ArrayList<>();
			if (!"id".equals(sort.property())) {
				order.add(sort.descending() ? Cypher.name(sortValue).descending() : Cypher.name(sortValue).ascending());
			}
			order.add(sort.descending() ? key.descending() : key.ascending());
			Statement edges = Cypher.match(pattern(node, page.path(), target))
				.withDistinct(target)
				.with(target, value.as(sortValue))
				.orderBy(order)
				.limit(parameter())
				.returning(Cypher.mapOf("node", map(name(target), page.node())))
				.build();
			connection.add("edges");
			connection.add(Cypher.collect(edges));
			return Cypher.mapOf(connection.toArray());
		}

		private Node target(Path path) {
			return Cypher.node(path.target()).named(variable());
		}

		private static String name(Node node) {
			return node.getRequiredSymbolicName().getValue();
		}

		/** From the named node along the path's steps to the target. */
		private static PatternElement pattern(String from, Path path, Node target) {
			List<Step> steps = path.steps();
			Node start = Cypher.anyNode(from);
			RelationshipPattern pattern = null;
			for (int i = 0; i < steps.size(); i++) {
				Step step = steps.get(i);
				Node next = (i == steps.size() - 1) ? target : Cypher.node(step.label());
				if (pattern == null) {
					pattern = step.outgoing() ? start.relationshipTo(next, step.type())
							: start.relationshipFrom(next, step.type());
				}
				else {
					pattern = step.outgoing() ? pattern.relationshipTo(next, step.type())
							: pattern.relationshipFrom(next, step.type());
				}
				if (step.min() != 1 || !Objects.equals(step.max(), 1)) {
					pattern = switch (pattern) {
						case Relationship one ->
							(step.max() != null) ? one.length(step.min(), step.max()) : one.min(step.min());
						case RelationshipChain chain ->
							(step.max() != null) ? chain.length(step.min(), step.max()) : chain.min(step.min());
						default -> throw new IllegalStateException("Not a relationship pattern: " + pattern);
					};
				}
			}
			return Objects.requireNonNull(pattern);
		}

	}

}
