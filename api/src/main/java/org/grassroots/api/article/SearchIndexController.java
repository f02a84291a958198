package org.grassroots.api.article;

import java.util.Map;

import org.grassroots.application.access.Callers;
import org.grassroots.application.delivery.SearchMaintenance;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The search index's rebuild, check and synonyms, for administrators.
 */
@Controller
class SearchIndexController {

	private final SearchMaintenance maintenance;

	SearchIndexController(SearchMaintenance maintenance) {
		this.maintenance = maintenance;
	}

	@QueryMapping
	SearchMaintenance.Status searchIndexStatus() {
		return this.maintenance.status(Callers.current());
	}

	@MutationMapping
	Map<String, Object> reindexSearch(@Argument Map<String, Object> input) {
		return Map.of("status", this.maintenance.reindex(Callers.current()));
	}

	@MutationMapping
	Map<String, Object> reloadSearchSynonyms(@Argument Map<String, Object> input) {
		return Map.of("rules", this.maintenance.reloadSynonyms(Callers.current()));
	}

	@MutationMapping
	Map<String, Object> checkSearchIndex(@Argument Map<String, Object> input) {
		return Map.of("report", this.maintenance.check(Callers.current(), Boolean.TRUE.equals(input.get("repair"))));
	}

	@SchemaMapping(typeName = "SearchIndexStatus")
	@org.jspecify.annotations.Nullable
	String startedAt(SearchMaintenance.Status status) {
		return (status.startedAt() != null) ? status.startedAt().toString() : null;
	}

	@SchemaMapping(typeName = "SearchIndexStatus")
	@org.jspecify.annotations.Nullable
	String finishedAt(SearchMaintenance.Status status) {
		return (status.finishedAt() != null) ? status.finishedAt().toString() : null;
	}

}
