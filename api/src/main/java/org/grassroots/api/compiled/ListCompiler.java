package org.grassroots.api.compiled;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.schema.SelectedField;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.PageInfo;
import org.jspecify.annotations.Nullable;

/**
 * Translates the selection under a root list's connection: {@code totalCount},
 * {@code pageInfo} and {@code edges { cursor node }}, each at most once, the node's
 * selection as under a composed node. Anything else leaves the translation empty, and the
 * field is answered the usual way.
 */
final class ListCompiler {

	private static final Set<String> PAGE_INFO = Set.of("hasNextPage", "hasPreviousPage", "startCursor", "endCursor");

	private ListCompiler() {
	}

	static Optional<Compilation> compile(String type, List<SelectedField> selection) {
		Optional<List<SelectedField>> parts = level(selection);
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		String total = null;
		String pageInfo = null;
		Map<String, String> pageInfoFields = new LinkedHashMap<>();
		String edges = null;
		String cursor = null;
		String node = null;
		List<SelectedField> nodeSelection = List.of();
		for (SelectedField part : parts.get()) {
			switch (part.getName()) {
				case "totalCount" -> total = part.getResultKey();
				case "pageInfo" -> {
					pageInfo = part.getResultKey();
					List<SelectedField> infos = level(part.getSelectionSet().getImmediateFields()).orElse(null);
					if (infos == null) {
						return Optional.empty();
					}
					for (SelectedField info : infos) {
						if (!PAGE_INFO.contains(info.getName())) {
							return Optional.empty();
						}
						pageInfoFields.put(info.getResultKey(), info.getName());
					}
				}
				case "edges" -> {
					edges = part.getResultKey();
					List<SelectedField> edgeParts = level(part.getSelectionSet().getImmediateFields()).orElse(null);
					if (edgeParts == null) {
						return Optional.empty();
					}
					for (SelectedField edgePart : edgeParts) {
						switch (edgePart.getName()) {
							case "cursor" -> cursor = edgePart.getResultKey();
							case "node" -> {
								node = edgePart.getResultKey();
								nodeSelection = edgePart.getSelectionSet().getImmediateFields();
							}
							default -> {
								return Optional.empty();
							}
						}
					}
				}
				default -> {
					return Optional.empty();
				}
			}
		}
		Optional<NodeCompiler.Items> items = NodeCompiler.items(type, nodeSelection);
		if (items.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Compilation(type, items.get(), total, pageInfo, pageInfoFields, edges, cursor, node));
	}

	/**
	 * The fields of one level, introspection left aside (the answer's writer adds
	 * {@code __typename}); empty when a response key is met twice, which is not
	 * translated.
	 */
	private static Optional<List<SelectedField>> level(List<SelectedField> selection) {
		Set<String> keys = new HashSet<>();
		List<SelectedField> fields = new ArrayList<>();
		for (SelectedField field : selection) {
			if (field.getName().startsWith("__")) {
				continue;
			}
			if (!keys.add(field.getResultKey())) {
				return Optional.empty();
			}
			fields.add(field);
		}
		return Optional.of(fields);
	}

	/**
	 * A list's item projection and the response keys of its connection's parts; null for
	 * a part not selected.
	 *
	 * @param pageInfoFields the page info's response keys and the fields they name
	 */
	record Compilation(String type, NodeCompiler.Items items, @Nullable String total, @Nullable String pageInfo,
			Map<String, String> pageInfoFields, @Nullable String edges, @Nullable String cursor,
			@Nullable String node) {

		boolean counted() {
			return this.total != null;
		}

		/** The connection as the answer's typed objects. */
		Compiled answer(Connection<Map<String, Object>, ?> connection) {
			Map<String, Object> values = new LinkedHashMap<>();
			if (this.total != null) {
				values.put(this.total, connection.total());
			}
			if (this.pageInfo != null) {
				PageInfo info = connection.pageInfo();
				Map<String, Object> fields = new LinkedHashMap<>();
				this.pageInfoFields.forEach((key, name) -> fields.put(key, switch (name) {
					case "hasNextPage" -> info.hasNextPage();
					case "hasPreviousPage" -> info.hasPreviousPage();
					case "startCursor" -> info.startCursor();
					default -> info.endCursor();
				}));
				values.put(this.pageInfo, new Compiled.Node("PageInfo", fields));
			}
			if (this.edges != null) {
				List<Object> edges = new ArrayList<>(connection.edges().size());
				for (Connection.Edge<Map<String, Object>> edge : connection.edges()) {
					Map<String, Object> fields = new LinkedHashMap<>();
					if (this.cursor != null) {
						fields.put(this.cursor, edge.cursor());
					}
					if (this.node != null) {
						fields.put(this.node, this.items.shape().wrap(edge.node()));
					}
					edges.add(new Compiled.Node(this.type + "Edge", fields));
				}
				values.put(this.edges, edges);
			}
			return new Compiled.PageConnection(this.type + "Connection", values);
		}

	}

}
