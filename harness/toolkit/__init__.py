"""The reference toolkit every benefit's rules are built from: the Danish calendar and bank days, date arithmetic,
dated law parameters, explanation steps, the interpretation register and the errors a reference raises. Knows no
benefit; a benefit's reference imports only this and the contract."""
