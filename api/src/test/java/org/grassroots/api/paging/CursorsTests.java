package org.grassroots.api.paging;

import org.grassroots.api.error.InvalidInputException;
import org.grassroots.graph.cases.CaseFilter;
import org.grassroots.graph.paging.Order;
import org.grassroots.graph.paging.Position;
import org.grassroots.graph.paging.Seek;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CursorsTests {

	private static final Order LATEST_FIRST = CaseFilter.SORTS.get("RAISED_ON").descending();

	private static final Position NANCUN = new Position("2024-05-01", "pengjiang-nancun-solar-street-lights");

	@Test
	void aCursorIsOpaqueAndDecodesToThePositionItWasMadeFrom() {
		String cursor = Cursors.encode("Case", LATEST_FIRST, NANCUN);

		assertThat(cursor).doesNotContain("nancun").doesNotContain("2024");
		assertThat(Cursors.decode("Case", LATEST_FIRST, cursor)).isEqualTo(NANCUN);
	}

	@Test
	void aCursorServesEitherDirectionOfItsSortFieldButNoOtherField() {
		String cursor = Cursors.encode("Case", LATEST_FIRST, NANCUN);

		assertThat(Cursors.decode("Case", CaseFilter.SORTS.get("RAISED_ON").ascending(), cursor)).isEqualTo(NANCUN);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Cursors.decode("Case", CaseFilter.SORTS.get("TITLE").ascending(), cursor))
			.withMessageContaining("another order");
	}

	@Test
	void aCursorOfAnotherTypeIsRejected() {
		String cursor = Cursors.encode("Article", LATEST_FIRST, NANCUN);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Cursors.decode("Case", LATEST_FIRST, cursor));
	}

	@Test
	void textThatIsNotACursorIsRejected() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Cursors.decode("Case", LATEST_FIRST, "%%%"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Cursors.decode("Case", LATEST_FIRST, GlobalId.of("Case", "RAISED_ON-no-separators")));
	}

	@Test
	void aForgedCursorWhoseSortValueIsNotOfTheOrdersTypeIsABadRequest() {
		String text = GlobalId.of("Case", "RAISED_ON\nnot-a-date\npengjiang-nancun-solar-street-lights");
		String number = GlobalId.of("Case", "FUNDING\n12 万元\npengjiang-nancun-solar-street-lights");

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Cursors.decode("Case", LATEST_FIRST, text))
			.withMessageContaining("does not hold a date");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Cursors.decode("Case", CaseFilter.SORTS.get("FUNDING").descending(), number))
			.withMessageContaining("does not hold a number");
	}

	@Test
	void pageSizesOutsideOneToAHundredAreRejected() {
		assertThat(PageSize.checked(1)).isEqualTo(1);
		assertThat(PageSize.checked(100)).isEqualTo(100);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PageSize.checked(0));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PageSize.checked(101));
	}

	@Test
	void aPageGoesForwardsOrBackwardsButNeverBoth() {
		String cursor = Cursors.encode("Case", LATEST_FIRST, NANCUN);

		assertThat(PageRequest.of("Case", LATEST_FIRST, null, null, null, null))
			.isEqualTo(new PageRequest(LATEST_FIRST, new Seek(false, null, 20)));
		assertThat(PageRequest.of("Case", LATEST_FIRST, null, null, 5, cursor))
			.isEqualTo(new PageRequest(LATEST_FIRST, new Seek(true, NANCUN, 5)));
		assertThat(PageRequest.of("Case", LATEST_FIRST, null, null, null, cursor).seek().backward()).isTrue();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PageRequest.of("Case", LATEST_FIRST, 5, null, 5, null));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PageRequest.of("Case", LATEST_FIRST, 5, null, null, cursor));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PageRequest.of("Case", LATEST_FIRST, null, cursor, 5, null));
	}

}
