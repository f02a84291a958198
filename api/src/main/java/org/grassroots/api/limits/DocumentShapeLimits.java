package org.grassroots.api.limits;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;

/**
 * Limits on the document's shape, checked before validation, in one pass over its text.
 * Aliases let one document ask for the same expensive field many times. Fragments let a
 * short document stand for an enormous one: each fragment spreading the next one twice
 * doubles the fields at every step, 2<sup>40</sup> fields in some 40 lines. The engine's
 * own execution merges them, but anything that expands the selection field by field (the
 * normalized operation behind every {@code getSelectionSet()}, the composed reads) would
 * work on for hours; the expanded size is counted here with each fragment counted once,
 * so the check costs the document's length.
 */
class DocumentShapeLimits extends SimplePerformantInstrumentation {

	private final int maxAliases;

	private final int maxExpandedFields;

	DocumentShapeLimits(int maxAliases, int maxExpandedFields) {
		this.maxAliases = maxAliases;
		this.maxExpandedFields = maxExpandedFields;
	}

	@Override
	public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
			InstrumentationValidationParameters parameters, @Nullable InstrumentationState state) {
		Document document = parameters.getDocument();
		int aliases = aliases(document);
		if (aliases > this.maxAliases) {
			throw new AbortExecutionException(
					"The document uses " + aliases + " aliases; at most " + this.maxAliases + " are allowed");
		}
		long expanded = new Expansion(document).operations();
		if (expanded > this.maxExpandedFields) {
			throw new AbortExecutionException("The document's fragments expand to "
					+ ((expanded >= Expansion.CAP) ? "more than " + Expansion.CAP : String.valueOf(expanded))
					+ " fields; at most " + this.maxExpandedFields + " are allowed");
		}
		return super.beginValidation(parameters, state);
	}

	private static int aliases(Document document) {
		int[] aliases = { 0 };
		new NodeTraverser().preOrder(new NodeVisitorStub() {
			@Override
			public TraversalControl visitField(Field field, TraverserContext<graphql.language.Node> context) {
				if (field.getAlias() != null) {
					aliases[0]++;
				}
				return TraversalControl.CONTINUE;
			}
		}, document);
		return aliases[0];
	}

	/**
	 * Fields of the document once every fragment spread is replaced by its fragment,
	 * counted with each fragment's size remembered. A spread of an unknown fragment or
	 * one that spreads itself counts nothing: validation refuses those documents next.
	 */
	private static final class Expansion {

		/** Counts stop growing here; far past any limit. */
		static final long CAP = 1L << 40;

		private final Map<String, FragmentDefinition> fragments = new HashMap<>();

		private final Map<String, Long> sizes = new HashMap<>();

		private final Set<String> expanding = new HashSet<>();

		private final Document document;

		Expansion(Document document) {
			this.document = document;
			for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
				this.fragments.putIfAbsent(fragment.getName(), fragment);
			}
		}

		/** The largest expansion of any operation in the document. */
		long operations() {
			long largest = 0;
			for (OperationDefinition operation : this.document.getDefinitionsOfType(OperationDefinition.class)) {
				largest = Math.max(largest, size(operation.getSelectionSet()));
			}
			return largest;
		}

		private long size(@Nullable SelectionSet selections) {
			if (selections == null) {
				return 0;
			}
			long size = 0;
			for (Selection<?> selection : selections.getSelections()) {
				long one = switch (selection) {
					case Field field -> 1 + size(field.getSelectionSet());
					case InlineFragment inline -> size(inline.getSelectionSet());
					case FragmentSpread spread -> fragment(spread.getName());
					default -> 0;
				};
				size = Math.min(CAP, size + one);
			}
			return size;
		}

		private long fragment(String name) {
			Long known = this.sizes.get(name);
			if (known != null) {
				return known;
			}
			FragmentDefinition fragment = this.fragments.get(name);
			if (fragment == null || !this.expanding.add(name)) {
				return 0;
			}
			long size = size(fragment.getSelectionSet());
			this.expanding.remove(name);
			this.sizes.put(name, size);
			return size;
		}

	}

}
