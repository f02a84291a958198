package org.grassroots.api.compiled;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.schema.SelectedField;
import org.grassroots.api.compiled.ReadTypes.Field;
import org.grassroots.api.compiled.ReadTypes.Relation;
import org.grassroots.api.compiled.ReadTypes.Type;
import org.grassroots.api.paging.GlobalId;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.api.paging.PageSize;
import org.grassroots.graph.read.ReadPlan;
import org.grassroots.graph.read.ReadPlan.Entry;
import org.grassroots.graph.read.ReadPlan.Projection;
import org.grassroots.graph.read.ReadPlan.Sort;
import org.jspecify.annotations.Nullable;

/**
 * Translates the selection under a node into a read plan and, beside it, the shape that
 * turns the statement's maps into the answer's typed objects. Fragments, aliases,
 * variables and {@code @include}/{@code @skip} arrive already applied in the selection.
 * Anything the tables do not know, and any page argument other than {@code first} and
 * {@code orderBy}, leaves the translation empty: the field is then answered the usual
 * way, errors included.
 */
final class NodeCompiler {

	/** Roots whose reading depends on nothing but the key. */
	static final Set<String> ROOTS = Set.of("Representative", "Station", "Region", "Grid");

	private NodeCompiler() {
	}

	static Optional<Compilation> compile(String type, String key, List<SelectedField> selection) {
		Type table = ReadTypes.TYPES.get(type);
		if (table == null || !ROOTS.contains(type)) {
			return Optional.empty();
		}
		Shape shape = new Shape(type, new ArrayList<>(), new LinkedHashMap<>());
		return object(table, shape, selection)
			.map((projection) -> new Compilation(new ReadPlan(table.label(), key, projection), shape));
	}

	/**
	 * The projection of one item of a list and the shape of its answer, for a type the
	 * tables know.
	 */
	static Optional<Items> items(String type, List<SelectedField> selection) {
		Type table = ReadTypes.TYPES.get(type);
		if (table == null) {
			return Optional.empty();
		}
		Shape shape = new Shape(type, new ArrayList<>(), new LinkedHashMap<>());
		return object(table, shape, selection).map((projection) -> new Items(projection, shape));
	}

	private static Optional<Projection> object(Type type, Shape shape, List<SelectedField> selection) {
		List<Entry> entries = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (SelectedField field : selection) {
			if (!field.getObjectTypeNames().contains(shape.type()) || field.getName().startsWith("__")) {
				continue;
			}
			String key = field.getResultKey();
			if (!keys.add(key)) {
				return Optional.empty();
			}
			if (field.getName().equals("id")) {
				shape.ids().add(key);
				entries.add(new ReadPlan.Value(key, "id", null));
				continue;
			}
			Field scalar = type.fields().get(field.getName());
			if (scalar != null) {
				entries.add(new ReadPlan.Value(key, scalar.property(), scalar.absent()));
				continue;
			}
			Relation relation = type.relations().get(field.getName());
			Optional<Entry> related = (relation != null) ? relation(key, relation, field, shape) : Optional.empty();
			if (related.isEmpty()) {
				return Optional.empty();
			}
			entries.add(related.get());
		}
		return Optional.of(new Projection(entries));
	}

	private static Optional<Entry> relation(String key, Relation relation, SelectedField field, Shape parent) {
		Type target = ReadTypes.TYPES.get(relation.target());
		if (target == null) {
			return Optional.empty();
		}
		Shape shape = new Shape(relation.target(), new ArrayList<>(), new LinkedHashMap<>());
		switch (relation.kind()) {
			case SINGLE, ALL -> {
				if (!field.getArguments().isEmpty()) {
					return Optional.empty();
				}
				parent.children().put(key, new Child(shape, null));
				Optional<Projection> projection = object(target, shape, field.getSelectionSet().getImmediateFields());
				return projection.map((nodes) -> (relation.kind() == ReadTypes.Kind.SINGLE)
						? new ReadPlan.Single(key, relation.path(), nodes)
						: new ReadPlan.All(key, relation.path(), nodes));
			}
			default -> {
				return page(key, relation, target, shape, field, parent);
			}
		}
	}

	/**
	 * A connection read forwards from its start: {@code totalCount} and {@code edges {
	 * node }}, each at most once.
	 */
	private static Optional<Entry> page(String key, Relation relation, Type target, Shape shape, SelectedField field,
			Shape parent) {
		Map<String, @Nullable Object> arguments = field.getArguments();
		for (String argument : List.of("after", "last", "before", "filter")) {
			if (arguments.get(argument) != null) {
				return Optional.empty();
			}
		}
		Object first = arguments.get("first");
		int size = (first != null) ? (Integer) first : PageRequest.DEFAULT_SIZE;
		if (size < 1 || size > PageSize.MAX) {
			return Optional.empty();
		}
		Optional<Sort> sort = sort(target, arguments.get("orderBy"));
		if (sort.isEmpty()) {
			return Optional.empty();
		}
		String total = null;
		String edges = null;
		String node = null;
		List<SelectedField> nodeSelection = List.of();
		for (SelectedField part : field.getSelectionSet().getImmediateFields()) {
			switch (part.getName()) {
				case "totalCount" -> {
					if (total != null) {
						return Optional.empty();
					}
					total = part.getResultKey();
				}
				case "edges" -> {
					if (edges != null) {
						return Optional.empty();
					}
					edges = part.getResultKey();
					for (SelectedField edgePart : part.getSelectionSet().getImmediateFields()) {
						if (edgePart.getName().equals("node") && node == null) {
							node = edgePart.getResultKey();
							nodeSelection = edgePart.getSelectionSet().getImmediateFields();
						}
						else if (!edgePart.getName().startsWith("__")) {
							return Optional.empty();
						}
					}
				}
				default -> {
					if (!part.getName().startsWith("__")) {
						return Optional.empty();
					}
				}
			}
		}
		parent.children().put(key, new Child(shape, new Connection(total, edges, node)));
		boolean counted = total != null;
		Optional<Projection> nodes = object(target, shape, nodeSelection);
		return nodes
			.map((projection) -> new ReadPlan.Page(key, relation.path(), sort.get(), size, counted, projection));
	}

	private static Optional<Sort> sort(Type target, @Nullable Object orderBy) {
		if (orderBy == null) {
			return Optional.of(new Sort("id", null, false));
		}
		if (!(orderBy instanceof Map<?, ?> order)) {
			return Optional.empty();
		}
		Field field = target.sorts().get(String.valueOf(order.get("field")));
		if (field == null) {
			return Optional.empty();
		}
		return Optional
			.of(new Sort(field.property(), field.absent(), "DESC".equals(String.valueOf(order.get("direction")))));
	}

	/**
	 * A plan and the shape of its answer.
	 */
	record Compilation(ReadPlan plan, Shape shape) {

		/** The statement's map as the answer's typed objects. */
		Compiled answer(Map<String, Object> read) {
			return this.shape.wrap(read);
		}

	}

	/** A list item's projection and the shape of its answer. */
	record Items(Projection projection, Shape shape) {
	}

	/**
	 * The GraphQL type of one object of the answer, which of its keys hold ids, and the
	 * shapes of the objects under its other keys.
	 */
	record Shape(String type, List<String> ids, Map<String, Child> children) {

		@SuppressWarnings("unchecked")
		Compiled wrap(Map<String, Object> read) {
			Map<String, Object> values = new LinkedHashMap<>(read);
			for (String id : this.ids) {
				values.computeIfPresent(id, (name, key) -> GlobalId.of(this.type, (String) key));
			}
			this.children.forEach((name, child) -> values.computeIfPresent(name, (n, value) -> child.wrap(value)));
			return new Compiled.Node(this.type, values);
		}

	}

	/**
	 * What sits under a key: one node, a list of them, or a connection of them.
	 *
	 * @param connection the connection's response keys, null for a node or a list
	 */
	record Child(Shape shape, @Nullable Connection connection) {

		@SuppressWarnings("unchecked")
		Object wrap(Object value) {
			if (this.connection == null) {
				return (value instanceof List<?> list)
						? list.stream().map((item) -> (Object) this.shape.wrap((Map<String, Object>) item)).toList()
						: this.shape.wrap((Map<String, Object>) value);
			}
			Map<String, Object> read = (Map<String, Object>) value;
			Map<String, Object> connection = new LinkedHashMap<>();
			if (this.connection.total() != null) {
				connection.put(this.connection.total(), read.get("totalCount"));
			}
			if (this.connection.edges() != null) {
				List<Object> edges = new ArrayList<>();
				for (Object edge : (List<Object>) read.get("edges")) {
					Map<String, Object> values = new LinkedHashMap<>();
					if (this.connection.node() != null) {
						values.put(this.connection.node(),
								this.shape.wrap((Map<String, Object>) ((Map<String, Object>) edge).get("node")));
					}
					edges.add(new Compiled.Node(this.shape.type() + "Edge", values));
				}
				connection.put(this.connection.edges(), edges);
			}
			return new Compiled.PageConnection(this.shape.type() + "Connection", connection);
		}

	}

	/** The response keys of a connection's count, its edges and their nodes. */
	record Connection(@Nullable String total, @Nullable String edges, @Nullable String node) {
	}

}
