package org.grassroots.api.node;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.grassroots.api.error.InvalidInputException;
import org.grassroots.api.paging.GlobalId;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class NodeController {

	static final int MAX_IDS = 100;

	private final Map<String, NodeLoader> loaders;

	NodeController(NodeTypes types) {
		this.loaders = types.byType();
	}

	/** An id that is not one of ours finds nothing, like an id of something deleted. */
	@QueryMapping
	Optional<Object> node(@Argument String id) {
		return Optional.ofNullable(nodes(List.of(id)).getFirst());
	}

	/** One query per type asked for, however many ids. */
	@QueryMapping
	List<@Nullable Object> nodes(@Argument List<String> ids) {
		if (ids.size() > MAX_IDS) {
			throw new InvalidInputException("nodes takes at most " + MAX_IDS + " ids, was " + ids.size());
		}
		List<Optional<GlobalId>> decoded = ids.stream()
			.map((id) -> GlobalId.decode(id).filter((global) -> this.loaders.containsKey(global.type())))
			.toList();
		Map<String, Map<String, Object>> byType = decoded.stream()
			.flatMap(Optional::stream)
			.collect(Collectors.groupingBy(GlobalId::type, Collectors.mapping(GlobalId::key, Collectors.toSet())))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> this.loaders.get(entry.getKey()).loadAll(entry.getValue())));
		return decoded.stream()
			.map((global) -> (@Nullable Object) global.map((id) -> byType.get(id.type()).get(id.key())).orElse(null))
			.toList();
	}

}
