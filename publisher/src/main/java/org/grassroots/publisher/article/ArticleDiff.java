package org.grassroots.publisher.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What changed between two revisions: each field that differs with its values before and
 * after, and the body's text paragraph by paragraph (kept, removed, added), as a reviewer
 * reads it.
 */
public final class ArticleDiff {

	private ArticleDiff() {
	}

	/**
	 * One changed field.
	 *
	 * @param field its name
	 * @param before its value in the older revision
	 * @param after its value in the newer one
	 */
	public record FieldChange(String field, @Nullable String before, @Nullable String after) {
	}

	/**
	 * One paragraph of the body's text.
	 *
	 * @param operation whether it was kept, removed or added
	 * @param text the paragraph
	 */
	public record Line(Operation operation, String text) {
	}

	/** What happened to a paragraph. */
	public enum Operation {

		KEPT, REMOVED, ADDED

	}

	/**
	 * The fields that differ between two versions of the same named fields, in the order
	 * given.
	 */
	public static List<FieldChange> fields(List<String> names, List<@Nullable String> before,
			List<@Nullable String> after) {
		List<FieldChange> changes = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			if (!Objects.equals(before.get(i), after.get(i))) {
				changes.add(new FieldChange(names.get(i), before.get(i), after.get(i)));
			}
		}
		return changes;
	}

	/**
	 * The body's text, paragraph by paragraph: the longest run of paragraphs both share
	 * is kept, the rest removed or added where they stand.
	 */
	public static List<Line> text(String beforeHtml, String afterHtml) {
		String[] a = paragraphs(beforeHtml);
		String[] b = paragraphs(afterHtml);
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Line> lines = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i].equals(b[j])) {
				lines.add(new Line(Operation.KEPT, a[i++]));
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				lines.add(new Line(Operation.REMOVED, a[i++]));
			}
			else {
				lines.add(new Line(Operation.ADDED, b[j++]));
			}
		}
		while (i < a.length) {
			lines.add(new Line(Operation.REMOVED, a[i++]));
		}
		while (j < b.length) {
			lines.add(new Line(Operation.ADDED, b[j++]));
		}
		return lines;
	}

	private static String[] paragraphs(String html) {
		return Arrays.stream(ArticleHtml.toPlainText(html).split("\\n\\s*\\n"))
			.map(String::strip)
			.filter((paragraph) -> !paragraph.isEmpty())
			.toArray(String[]::new);
	}

}
