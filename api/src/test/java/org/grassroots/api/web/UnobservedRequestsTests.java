package org.grassroots.api.web;

import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class UnobservedRequestsTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
		.withUserConfiguration(UnobservedRequests.class);

	@Test
	void nothingIsObservedUnlessAsked() {
		this.context.run(
				(context) -> assertThat(context.getBean(ObservationRegistry.class)).isSameAs(ObservationRegistry.NOOP));
	}

	@Test
	void askingForObservationsGivesTheRegistryHandlersAreAddedTo() {
		this.context.withPropertyValues("grassroots.observations.enabled=true")
			.run((context) -> assertThat(context.getBean(ObservationRegistry.class))
				.isNotSameAs(ObservationRegistry.NOOP));
	}

}
