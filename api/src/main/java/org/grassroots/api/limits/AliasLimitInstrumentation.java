package org.grassroots.api.limits;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Field;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;

/**
 * Aliases let one document ask for the same expensive field many times; past the limit
 * the request is refused before validation.
 */
class AliasLimitInstrumentation extends SimplePerformantInstrumentation {

	private final int maxAliases;

	AliasLimitInstrumentation(int maxAliases) {
		this.maxAliases = maxAliases;
	}

	@Override
	public @Nullable InstrumentationContext<java.util.List<graphql.validation.ValidationError>> beginValidation(
			InstrumentationValidationParameters parameters, @Nullable InstrumentationState state) {
		int[] aliases = { 0 };
		new NodeTraverser().preOrder(new NodeVisitorStub() {
			@Override
			public TraversalControl visitField(Field field, TraverserContext<graphql.language.Node> context) {
				if (field.getAlias() != null) {
					aliases[0]++;
				}
				return TraversalControl.CONTINUE;
			}
		}, parameters.getDocument());
		if (aliases[0] > this.maxAliases) {
			throw new AbortExecutionException(
					"The document uses " + aliases[0] + " aliases; at most " + this.maxAliases + " are allowed");
		}
		return super.beginValidation(parameters, state);
	}

}
