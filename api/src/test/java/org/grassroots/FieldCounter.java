package org.grassroots;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the fields the engine executes one by one (fetch and completion), to tell a
 * request answered field by field from one answered whole.
 */
@TestConfiguration(proxyBeanMethods = false)
class FieldCounter {

	private final AtomicInteger fields = new AtomicInteger();

	int fields() {
		return this.fields.get();
	}

	void reset() {
		this.fields.set(0);
	}

	@Bean
	Instrumentation countingFields() {
		return new Instrumentation() {
			@Override
			public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
					InstrumentationState state) {
				FieldCounter.this.fields.incrementAndGet();
				return SimpleInstrumentationContext.noOp();
			}
		};
	}

}
