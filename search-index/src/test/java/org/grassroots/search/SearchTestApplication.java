package org.grassroots.search;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
class SearchTestApplication {

}
