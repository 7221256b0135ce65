# R half of `npm run bench:survey`: the same 12 estimates as bench/survey.ts's DESIGN, with R's survey
# package, printed one per line as stat|variable|category|domain|estimate|se for comparison.
#   Rscript bench/survey.R FILE.csv
suppressMessages(library(survey))
file <- commandArgs(trailingOnly = TRUE)[1]
started <- Sys.time()
reader <- if (requireNamespace("data.table", quietly = TRUE)) "data.table::fread" else "read.csv"
data <- if (reader == "read.csv") {
  read.csv(file, na.strings = c("NA", ""), stringsAsFactors = FALSE)
} else {
  as.data.frame(data.table::fread(file, na.strings = c("NA", "")))
}
read_s <- as.numeric(Sys.time() - started, units = "secs")
design <- svydesign(ids = ~village + respondent, strata = ~region, weights = ~pw, fpc = ~fpc1 + fpc2,
                    data = data, nest = TRUE)
out <- character()
emit <- function(stat, variable, category, domain, est, se) {
  out <<- c(out, sprintf("%s|%s|%s|%s|%.17g|%.17g", stat, variable, category, domain, est, se))
}
whole <- function(stat, variable, s, categories = "") {
  for (k in seq_along(coef(s))) emit(stat, variable, categories[min(k, length(categories))], "", coef(s)[k], SE(s)[k])
}
levels_of <- function(v) sort(unique(v[!is.na(v)]), method = "radix")
by_domain <- function(stat, variable, by, s, categories = "") {
  est <- as.numeric(coef(s)); se <- as.numeric(as.matrix(SE(s)))
  domains <- levels_of(data[[by]])
  per <- length(categories)
  for (d in seq_along(domains)) for (k in seq_len(per)) {
    i <- (k - 1) * length(domains) + d  # svyby orders statistics category-major
    emit(stat, variable, categories[k], paste0(by, "=", domains[d]), est[i], se[i])
  }
}
trust <- levels_of(data$trust); safe <- levels_of(data$safe)
design <- update(design, trust_f = factor(trust, levels = levels_of(trust)), safe_f = factor(safe, levels = levels_of(safe)))

whole("mean", "income", svymean(~income, design, na.rm = TRUE))
whole("total", "income", svytotal(~income, design, na.rm = TRUE))
whole("proportion", "trust", svymean(~trust_f, design, na.rm = TRUE), as.character(trust))
whole("proportion", "safe", svymean(~safe_f, design, na.rm = TRUE), safe)
whole("ratio", "income", svyratio(~income, ~spend, design, na.rm = TRUE))
by_domain("mean", "income", "age", svyby(~income, ~age, design, svymean, na.rm = TRUE))
by_domain("proportion", "safe", "sex", svyby(~safe_f, ~sex, design, svymean, na.rm = TRUE), safe)
by_domain("ratio", "income", "sex", svyby(~income, ~sex, design, svyratio, denominator = ~spend, na.rm = TRUE))
by_domain("total", "spend", "age", svyby(~spend, ~age, design, svytotal, na.rm = TRUE))
by_domain("mean", "spend", "region", svyby(~spend, ~region, design, svymean, na.rm = TRUE))
by_domain("proportion", "trust", "age", svyby(~trust_f, ~age, design, svymean, na.rm = TRUE), as.character(trust))
whole("mean", "spend", svymean(~spend, design, na.rm = TRUE))
writeLines(out)
message(sprintf("R (%s): read %.2f s, total %.2f s", reader, read_s, as.numeric(Sys.time() - started, units = "secs")))
