# CSV imports of leads (HubSpot, Salesforce and Marketo exports, or any file through a saved
# column mapping) and of engagement events: the streaming reader, the mappings and the importers.
target_sources(baton_core PRIVATE
  import/ColumnMapping.cpp import/ColumnMapping.h
  import/CountryTable.cpp import/CountryTable.h
  import/CsvReader.cpp import/CsvReader.h
  import/CsvRecord.h
  import/DateFormat.cpp import/DateFormat.h
  import/EmailIndex.cpp import/EmailIndex.h
  import/EventImporter.cpp import/EventImporter.h
  import/EventRowMapper.cpp import/EventRowMapper.h
  import/ImportAudit.cpp import/ImportAudit.h
  import/ImportColumns.h
  import/ImportField.cpp import/ImportField.h
  import/ImportHandoffs.cpp import/ImportHandoffs.h
  import/ImportHeader.cpp import/ImportHeader.h
  import/ImportOptions.h
  import/ImportPreset.cpp import/ImportPreset.h
  import/ImportRefusal.h
  import/ImportResult.h
  import/ImportValues.cpp import/ImportValues.h
  import/LeadImporter.cpp import/LeadImporter.h
  import/LeadRowMapper.cpp import/LeadRowMapper.h
  import/MappedEvent.h
  import/MappedLead.h
  import/TitleSeniority.cpp import/TitleSeniority.h
)
