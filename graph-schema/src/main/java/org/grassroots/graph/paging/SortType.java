package org.grassroots.graph.paging;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The type of a sort field's values, which cursors carry as text.
 */
public enum SortType {

	TEXT, NUMBER, DATE, DATE_TIME;

	/**
	 * @throws IllegalArgumentException when the text is not a value of this type
	 */
	public Object parse(String text) {
		try {
			return switch (this) {
				case TEXT -> text;
				case NUMBER -> Double.parseDouble(text);
				case DATE -> LocalDate.parse(text);
				case DATE_TIME -> ZonedDateTime.parse(text);
			};
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Not a " + name().toLowerCase() + ": '" + text + "'", ex);
		}
	}

}
