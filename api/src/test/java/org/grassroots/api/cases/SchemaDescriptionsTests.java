package org.grassroots.api.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLEnumType;
import org.grassroots.graph.article.ArticleFilter;
import org.grassroots.graph.article.EditorialFilter;
import org.grassroots.graph.cases.CaseFilter;
import org.grassroots.graph.law.ConsultationFilter;
import org.grassroots.graph.law.LawFilter;
import org.grassroots.graph.livelihood.LivelihoodFilter;
import org.grassroots.graph.paging.Sorts;
import org.grassroots.graph.region.RegionFilter;
import org.grassroots.graph.representative.RepresentativeFilter;
import org.grassroots.graph.station.GridFilter;
import org.grassroots.graph.station.StationFilter;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import org.grassroots.application.cases.CaseCatalog;
import org.grassroots.application.cases.CaseVisibility;
import org.grassroots.graph.cases.ArchivedCases;
import org.grassroots.graph.region.Regions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL's docs are the frontend's manual: every type, field, argument, input field and
 * enum value the schema serves has a description.
 */
@GraphQlTest(CaseController.class)
@Import({ CaseControllerTests.RecordingCases.class, CaseCatalog.class, CaseVisibility.class })
class SchemaDescriptionsTests {

	@Autowired
	GraphQlSource source;

	@MockitoBean
	Regions regions;

	/** Never asked: no test here lists archived cases. */
	@MockitoBean
	ArchivedCases archived;

	@Test
	void everyPartOfTheSchemaIsDescribed() {
		List<String> undescribed = new ArrayList<>();
		for (GraphQLNamedType type : this.source.schema().getAllTypesAsList()) {
			if (type.getName().startsWith("__")
					|| List.of("String", "Int", "Float", "Boolean", "ID").contains(type.getName())) {
				continue;
			}
			undescribed.addAll(undescribed(type));
		}

		assertThat(undescribed).isEmpty();
	}

	/** The schema's order enums and what each list can be ordered by must agree. */
	@Test
	void everyOrderFieldOfTheSchemaIsAnOrderOfItsList() {
		Map<String, Sorts> lists = Map.ofEntries(Map.entry("CaseOrderField", CaseFilter.SORTS),
				Map.entry("ArticleOrderField", ArticleFilter.SORTS),
				Map.entry("EditorialArticleOrderField", EditorialFilter.SORTS),
				Map.entry("LawOrderField", LawFilter.SORTS),
				Map.entry("ConsultationOrderField", ConsultationFilter.SORTS),
				Map.entry("LivelihoodProjectOrderField", LivelihoodFilter.SORTS),
				Map.entry("RegionOrderField", RegionFilter.SORTS), Map.entry("StationOrderField", StationFilter.SORTS),
				Map.entry("RepresentativeOrderField", RepresentativeFilter.SORTS),
				Map.entry("GridOrderField", GridFilter.SORTS));
		List<String> orderEnums = this.source.schema()
			.getAllTypesAsList()
			.stream()
			.filter((type) -> type instanceof GraphQLEnumType && type.getName().endsWith("OrderField"))
			.map(GraphQLNamedType::getName)
			.toList();

		assertThat(orderEnums).containsExactlyInAnyOrderElementsOf(lists.keySet());
		lists.forEach((name, sorts) -> assertThat(((GraphQLEnumType) this.source.schema().getType(name)).getValues())
			.extracting((value) -> value.getName())
			.as(name)
			.containsExactlyInAnyOrderElementsOf(sorts.names()));
	}

	private static List<String> undescribed(GraphQLNamedType type) {
		List<String> undescribed = new ArrayList<>();
		if (type.getDescription() == null) {
			undescribed.add(type.getName());
		}
		if (type instanceof GraphQLFieldsContainer container) {
			container.getFieldDefinitions().forEach((field) -> {
				if (field.getDescription() == null) {
					undescribed.add(type.getName() + "." + field.getName());
				}
				field.getArguments()
					.stream()
					.filter((argument) -> argument.getDescription() == null)
					.forEach((argument) -> undescribed
						.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")"));
			});
		}
		if (type instanceof GraphQLInputObjectType input) {
			input.getFields()
				.stream()
				.filter((field) -> field.getDescription() == null)
				.forEach((field) -> undescribed.add(type.getName() + "." + field.getName()));
		}
		if (type instanceof GraphQLEnumType enumeration) {
			enumeration.getValues()
				.stream()
				.filter((value) -> value.getDescription() == null)
				.forEach((value) -> undescribed.add(type.getName() + "." + value.getName()));
		}
		return undescribed;
	}

}
