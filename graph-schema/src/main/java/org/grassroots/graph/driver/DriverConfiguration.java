package org.grassroots.graph.driver;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver asks the server not to report unknown property keys. Many properties are
 * optional (a deputy's contact details, a station's recorded consultation figures, a
 * case's narrative), so reads that project them would draw a warning on every statement
 * in a store that lacks them: built by the server, parsed by the driver and formatted by
 * Spring Data Neo4j, only to be dropped by the log level. Mistyped keys are caught by the
 * tests that read the values back.
 */
@Configuration(proxyBeanMethods = false)
class DriverConfiguration {

	@Bean
	ConfigBuilderCustomizer quietUnknownProperties() {
		return (builder) -> builder
			.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
	}

}
