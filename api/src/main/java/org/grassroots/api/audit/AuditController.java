package org.grassroots.api.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.Connections;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.application.access.Callers;
import org.grassroots.application.audit.AuditReader;
import org.grassroots.graph.journal.AuditEvent;
import org.grassroots.graph.journal.AuditFilter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class AuditController {

	static final String TYPE = "AuditEvent";

	private final AuditReader reader;

	private final JsonMapper json;

	AuditController(AuditReader reader, JsonMapper json) {
		this.reader = reader;
		this.json = json;
	}

	/** Newest first. */
	@QueryMapping
	Connection<AuditEvent, AuditFilter> auditEvents(@Argument AuditReader.@Nullable Criteria filter,
			DataFetchingEnvironment environment) {
		AuditFilter chosen = this.reader.filter(Callers.current(),
				(filter != null) ? filter : AuditReader.Criteria.ALL);
		PageRequest request = PageRequest.of(environment, TYPE, AuditFilter.ORDER.descending());
		return Connection.of(this.reader.page(chosen, request.order(), request.seek()), TYPE, request, chosen);
	}

	@SchemaMapping(typeName = TYPE + "Connection")
	long totalCount(Object connection) {
		return Connections.rootCount(connection, (AuditFilter filter) -> this.reader.count(filter));
	}

	@SchemaMapping(typeName = TYPE)
	String key(AuditEvent event) {
		return event.id();
	}

	@SchemaMapping(typeName = TYPE)
	String at(AuditEvent event) {
		return event.at().toString();
	}

	@SchemaMapping(typeName = TYPE)
	@Nullable String regionKey(AuditEvent event) {
		return event.regionId();
	}

	@SchemaMapping(typeName = TYPE)
	List<FieldChange> changes(AuditEvent event) {
		Map<String, JsonNode> changes = this.json.readValue(event.changes(), new TypeReference<>() {
		});
		List<FieldChange> fields = new ArrayList<>();
		changes.forEach((field, change) -> fields
			.add(new FieldChange(field, text(change.get("before")), text(change.get("after")))));
		return fields;
	}

	private static @Nullable String text(@Nullable JsonNode value) {
		return (value == null || value.isNull()) ? null : value.toString();
	}

	record FieldChange(String field, @Nullable String before, @Nullable String after) {
	}

}
