package org.grassroots.api.node;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.grassroots.api.paging.GlobalId;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class NodeController {

	static final int MAX_IDS = 100;

	private final Map<String, NodeLoader> loaders;

	NodeController(List<NodeLoader> loaders) {
		this.loaders = loaders.stream().collect(Collectors.toMap(NodeLoader::type, Function.identity()));
	}

	/** An id that is not one of ours finds nothing, like an id of something deleted. */
	@QueryMapping
	Optional<Object> node(@Argument String id) {
		return GlobalId.decode(id)
			.flatMap((global) -> Optional.ofNullable(this.loaders.get(global.type()))
				.flatMap((loader) -> loader.load(global.key())));
	}

	@QueryMapping
	List<@Nullable Object> nodes(@Argument List<String> ids) {
		if (ids.size() > MAX_IDS) {
			throw new org.grassroots.api.error.InvalidInputException(
					"nodes takes at most " + MAX_IDS + " ids, was " + ids.size());
		}
		return ids.stream().map((id) -> (@Nullable Object) node(id).orElse(null)).toList();
	}

}
