package org.grassroots.api.limits;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.VariableReference;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;

/**
 * The operation's depth and complexity, checked by graphql-java's own instrumentations
 * before execution, and remembered once found within both limits. Both walk every field
 * of the operation on each request, although a frontend sends the same few documents
 * again and again (the document cache hands out the same parsed document each time): for
 * a page of some 600 fields that walk cost as much as answering it. What decides them is
 * the document and the operation, plus the values of the variables it uses in page sizes
 * ({@code first}, {@code last}) and in directives ({@code @skip}, {@code @include}); a
 * request that differs in any of these is checked again. Refusals are never remembered,
 * so a refused request is refused the same way each time.
 */
class OperationCostLimits extends SimplePerformantInstrumentation {

	/** How many variations of one document are remembered: a bound, not a tuning. */
	static final int VARIATIONS = 64;

	private final MaxQueryDepthInstrumentation depth;

	private final MaxQueryComplexityInstrumentation complexity;

	/**
	 * By document, compared by identity and held weakly: an entry leaves when its
	 * document leaves the document cache.
	 */
	private final Map<Document, Remembered> documents = Collections.synchronizedMap(new WeakHashMap<>());

	OperationCostLimits(MaxQueryDepthInstrumentation depth, MaxQueryComplexityInstrumentation complexity) {
		this.depth = depth;
		this.complexity = complexity;
	}

	@Override
	public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, @Nullable InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		Document document = context.getDocument();
		Remembered remembered = this.documents.get(document);
		if (remembered == null) {
			remembered = new Remembered(costVariables(document));
			this.documents.put(document, remembered);
		}
		List<@Nullable Object> variation = remembered.variation(context);
		if (remembered.within(variation)) {
			return SimpleInstrumentationContext.noOp();
		}
		this.depth.beginExecuteOperation(parameters, state);
		this.complexity.beginExecuteOperation(parameters, this.complexity.createStateAsync(null).join());
		remembered.remember(variation);
		return SimpleInstrumentationContext.noOp();
	}

	/** The variables a page size or a directive of the document reads. */
	static Set<String> costVariables(Document document) {
		Set<String> names = new HashSet<>();
		new NodeTraverser().preOrder(new NodeVisitorStub() {
			@Override
			public TraversalControl visitArgument(Argument argument, TraverserContext<Node> context) {
				Node<?> parent = context.getParentNode();
				boolean counts = (parent instanceof Directive) || (parent instanceof Field
						&& (argument.getName().equals("first") || argument.getName().equals("last")));
				if (counts) {
					new NodeTraverser().preOrder(new NodeVisitorStub() {
						@Override
						public TraversalControl visitVariableReference(VariableReference variable,
								TraverserContext<Node> inner) {
							names.add(variable.getName());
							return TraversalControl.CONTINUE;
						}
					}, argument.getValue());
				}
				return TraversalControl.CONTINUE;
			}
		}, document);
		return Set.copyOf(names);
	}

	/** The variations of one document found within the limits. */
	private static final class Remembered {

		private final List<String> variables;

		private final Set<List<@Nullable Object>> within = Collections.synchronizedSet(new HashSet<>());

		Remembered(Set<String> variables) {
			this.variables = List.copyOf(variables);
		}

		/** The operation's name and the values of the variables that decide its cost. */
		List<@Nullable Object> variation(ExecutionContext context) {
			List<@Nullable Object> variation = new ArrayList<>(this.variables.size() + 1);
			variation.add(context.getOperationDefinition().getName());
			Map<String, ?> values = context.getCoercedVariables().toMap();
			for (String variable : this.variables) {
				variation.add(values.get(variable));
			}
			return variation;
		}

		boolean within(List<@Nullable Object> variation) {
			return this.within.contains(variation);
		}

		void remember(List<@Nullable Object> variation) {
			synchronized (this.within) {
				if (this.within.size() >= VARIATIONS) {
					this.within.clear();
				}
				this.within.add(variation);
			}
		}

	}

}
