package org.grassroots;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ControllerAdvice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Dependencies point one way (api → application → publisher → graph-schema /
 * search-index), controllers reach the stores only through the application layer, and
 * each store's client stays in its module.
 */
class ModuleRulesTests {

	/**
	 * A store: a bean of the graph or search module (its repositories and index), or an
	 * interface one of them implements directly.
	 */
	private static final DescribedPredicate<JavaClass> STORES = new DescribedPredicate<>(
			"stores of the graph or index") {

		@Override
		public boolean test(JavaClass type) {
			if (!type.getPackageName().startsWith("org.grassroots.graph")
					&& !type.getPackageName().startsWith("org.grassroots.search")) {
				return false;
			}
			if (isBean(type)) {
				return true;
			}
			return type.isInterface() && type.getSubclasses().stream().anyMatch(ModuleRulesTests::isBean);
		}

	};

	private static boolean isBean(JavaClass type) {
		return type.isAnnotatedWith(Repository.class) || type.isAnnotatedWith(Component.class)
				|| type.isAnnotatedWith(Service.class);
	}

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

	/**
	 * GraphQL controllers are thin: they call the application layer's services, which own
	 * transactions and the caller's scope, and never a store of the graph or the index.
	 */
	@Test
	void controllersNeverTouchAStore() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(ControllerAdvice.class)
			.should()
			.dependOnClassesThat(STORES)
			.check(classes);
	}

	/**
	 * The showcase site shows what the GraphQL API shows an anonymous caller: it reads
	 * through the API alone, never the application layer, the graph, the index or the
	 * publisher.
	 */
	@Test
	void theSiteReadsOnlyThroughTheGraphQlApi() {
		noClasses().that()
			.resideInAnyPackage("org.grassroots.site..", "org.grassroots.console..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.grassroots.application..", "org.grassroots.graph..", "org.grassroots.search..",
					"org.grassroots.publisher..")
			.check(classes);
	}

	@Test
	void theApplicationLayerKnowsNothingOfTheApi() {
		noClasses().that()
			.resideInAPackage("org.grassroots.application..")
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
