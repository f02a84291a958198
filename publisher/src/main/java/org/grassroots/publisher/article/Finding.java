package org.grassroots.publisher.article;

/**
 * Something that stops an article from being published until it is fixed or overridden.
 *
 * @param field where: {@code title}, {@code standfirst}, {@code coverText}, {@code body},
 * {@code tags}, {@code cases} or {@code regions}
 * @param position the character offset in the field's text (the body's plain text), 0
 * when the finding is about the whole field
 * @param kind what it is
 * @param masked the matched text with most of it hidden, e.g. {@code 138****5678}; empty
 * when nothing matched
 */
public record Finding(String field, int position, Kind kind, String masked) {

	/** What a check found. */
	public enum Kind {

		/** A mainland mobile number. */
		MOBILE_NUMBER,

		/** A landline number with its area code. */
		LANDLINE_NUMBER,

		/** An 18-digit resident ID number whose check digit holds. */
		ID_NUMBER,

		/** A bank card number whose Luhn check holds. */
		BANK_CARD,

		/** An e-mail address. */
		EMAIL,

		/** A vehicle licence plate. */
		LICENCE_PLATE,

		/** A resident named without a recorded consent. */
		NAMED_RESIDENT,

		/** A link to a private, loopback or local address. */
		PRIVATE_LINK,

		/** No title. */
		MISSING_TITLE,

		/** No standfirst. */
		MISSING_STANDFIRST,

		/** The article tells no case. */
		NO_CASE,

		/** None of its cases lies in a region. */
		NO_REGION

	}

}
