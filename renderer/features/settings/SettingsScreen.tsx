/** Settings: the forum's name, issue categories, demo data, this copy's details and the activity log. */
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { AppInfoPanel } from './AppInfoPanel';
import { AuditLogPanel } from './AuditLogPanel';
import { DemoDataPanel } from './DemoDataPanel';
import { ForumNameForm } from './ForumNameForm';
import { IssueCategoriesPanel } from './IssueCategoriesPanel';
import { LanguagePanel } from './LanguagePanel';
import { RecordsNeedingAttentionPanel } from './RecordsNeedingAttentionPanel';
import { ReportRulesPanel } from './ReportRulesPanel';

export function SettingsScreen() {
  return (
    <>
      <PageHeader title="Settings" lede="How Signpost is set up for your forum." />
      <div className="grid-2">
        <Panel title="Your forum">
          <ForumNameForm />
        </Panel>
        <AppInfoPanel />
      </div>
      <LanguagePanel />
      <div className="grid-2">
        <IssueCategoriesPanel />
        <ReportRulesPanel />
      </div>
      <RecordsNeedingAttentionPanel />
      <DemoDataPanel />
      <AuditLogPanel />
    </>
  );
}
