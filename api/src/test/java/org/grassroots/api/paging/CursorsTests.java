package org.grassroots.api.paging;

import org.grassroots.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CursorsTests {

	@Test
	void aCursorDecodesToTheKeyItWasMadeFrom() {
		String cursor = Cursors.encode("Case", "pengjiang-nancun-solar-street-lights");

		assertThat(cursor).doesNotContain("nancun");
		assertThat(Cursors.decode("Case", cursor)).isEqualTo("pengjiang-nancun-solar-street-lights");
	}

	@Test
	void aCursorOfAnotherTypeIsRejected() {
		String cursor = Cursors.encode("Article", "article-1");

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> Cursors.decode("Case", cursor));
	}

	@Test
	void textThatIsNotACursorIsRejected() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> Cursors.decode("Case", "%%%"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Cursors.decode("Case", Cursors.encode("Case", "").replace("=", "")));
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
		String cursor = Cursors.encode("Case", "k");

		assertThat(PageRequest.of("Case", null, null, null, null)).isEqualTo(new PageRequest(false, null, null, 20));
		assertThat(PageRequest.of("Case", null, null, 5, cursor)).isEqualTo(new PageRequest(true, null, "k", 5));
		assertThat(PageRequest.of("Case", null, null, null, cursor).backward()).isTrue();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PageRequest.of("Case", 5, null, 5, null));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PageRequest.of("Case", 5, null, null, cursor));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PageRequest.of("Case", null, cursor, 5, null));
	}

}
