package org.grassroots.graph.read;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What to read from one node, found by its key, and from the nodes related to it: the
 * shape of an answer, with no Cypher in it. Every value a caller chose (the key, page
 * sizes) is a parameter of the statement, never part of its text; labels, relationship
 * types and properties come from the API's own tables, never from a request.
 *
 * @param label the node's label
 * @param key the node's key
 * @param projection what to return of it
 */
public record ReadPlan(String label, String key, Projection projection) {

	/** The entries of one returned map, under the names the answer uses. */
	public record Projection(List<Entry> entries) {

		public Projection {
			entries = List.copyOf(entries);
		}

	}

	/** One entry of a returned map. */
	public sealed interface Entry permits Value, Constant, Single, All, Page {

		/** The name in the answer. */
		String name();

	}

	/**
	 * A property of the node.
	 *
	 * @param absent what stands for a missing property, or null for none
	 */
	public record Value(String name, String property, @Nullable Object absent) implements Entry {
	}

	/** A fixed value, such as the node's type. */
	public record Constant(String name, Object value) implements Entry {
	}

	/** The first node along a path, or null. */
	public record Single(String name, Path path, Projection projection) implements Entry {
	}

	/** Every node along a path, in key order. */
	public record All(String name, Path path, Projection projection) implements Entry {
	}

	/**
	 * The first nodes along a path in an order, each counted once, as {@code {totalCount,
	 * edges: [{node}]}}.
	 *
	 * @param size how many
	 * @param total whether the whole count is returned
	 */
	public record Page(String name, Path path, Sort sort, int size, boolean total, Projection node) implements Entry {
	}

	/**
	 * From one node to others: steps in turn, the last one's label the nodes reached.
	 */
	public record Path(List<Step> steps) {

		public Path {
			steps = List.copyOf(steps);
		}

		public static Path of(Step... steps) {
			return new Path(List.of(steps));
		}

		String target() {
			return this.steps.getLast().label();
		}

	}

	/**
	 * One relationship type followed some number of times.
	 *
	 * @param outgoing whether it points away from where the step starts
	 * @param min the fewest hops
	 * @param max the most hops, null for any number
	 * @param label the label of the node reached
	 */
	public record Step(String type, boolean outgoing, int min, @Nullable Integer max, String label) {

		public static Step out(String type, String label) {
			return new Step(type, true, 1, 1, label);
		}

		public static Step in(String type, String label) {
			return new Step(type, false, 1, 1, label);
		}

	}

	/**
	 * An order: a property (a missing one sorts as {@code absent}), then the key in the
	 * same direction.
	 *
	 * @param absent what a missing property sorts as, null when it is always present
	 */
	public record Sort(String property, @Nullable Object absent, boolean descending) {
	}

}
