package org.grassroots;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Dependencies point one way (api → publisher → graph-schema / search-index), and each
 * store's client stays in its module.
 */
class ModuleRulesTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.grassroots");

	@Test
	void theGraphKnowsNothingOfSearchPublishingOrTheApi() {
		noClasses().that()
			.resideInAPackage("org.grassroots.graph..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.grassroots.search..", "org.grassroots.publisher..", "org.grassroots.api..")
			.check(classes);
	}

	@Test
	void searchKnowsNothingOfTheGraphPublishingOrTheApi() {
		noClasses().that()
			.resideInAPackage("org.grassroots.search..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.grassroots.graph..", "org.grassroots.publisher..", "org.grassroots.api..")
			.check(classes);
	}

	@Test
	void thePublisherKnowsNothingOfTheApi() {
		noClasses().that()
			.resideInAPackage("org.grassroots.publisher..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.grassroots.api..")
			.check(classes);
	}

	@Test
	void onlyTheGraphModuleTalksToNeo4j() {
		noClasses().that()
			.resideOutsideOfPackage("org.grassroots.graph..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.data.neo4j..", "org.neo4j..")
			.check(classes);
	}

	@Test
	void onlyTheSearchModuleTalksToElasticsearch() {
		noClasses().that()
			.resideOutsideOfPackage("org.grassroots.search..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("co.elastic.clients..")
			.check(classes);
	}

	@Test
	void onlyThePublisherParsesHtml() {
		noClasses().that()
			.resideOutsideOfPackage("org.grassroots.publisher..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.jsoup..")
			.check(classes);
	}

}
