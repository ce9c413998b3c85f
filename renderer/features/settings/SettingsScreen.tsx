/** Settings: the forum's name, issue categories, backups and restore, storage, demo data, this copy's details and the activity log. */
import { useTranslation } from 'react-i18next';
import { LockPanel } from '../access/LockPanel';
import { BackupsPanel } from '../backups/BackupsPanel';
import { RestorePanel } from '../backups/RestorePanel';
import { StoragePanel } from '../backups/StoragePanel';
import { AuditLogViewer } from '../privacy/AuditLogViewer';
import { RetentionPanel } from '../privacy/RetentionPanel';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { AppInfoPanel } from './AppInfoPanel';
import { ClosuresPanel } from './ClosuresPanel';
import { DemoDataPanel } from './DemoDataPanel';
import { ForumNameForm } from './ForumNameForm';
import { IssueCategoriesPanel } from './IssueCategoriesPanel';
import { LanguagePanel } from './LanguagePanel';
import { RecordsNeedingAttentionPanel } from './RecordsNeedingAttentionPanel';
import { ReportRulesPanel } from './ReportRulesPanel';

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  return (
    <>
      <PageHeader title={t('screen.title')} lede={t('screen.lede')} />
      <div className="grid-2">
        <Panel title={t('screen.yourForum')}>
          <ForumNameForm />
        </Panel>
        <AppInfoPanel />
      </div>
      <LanguagePanel />
      <LockPanel />
      <div className="grid-2">
        <IssueCategoriesPanel />
        <ReportRulesPanel />
      </div>
      <div className="grid-2">
        <BackupsPanel />
        <RestorePanel />
      </div>
      <StoragePanel />
      <RecordsNeedingAttentionPanel />
      <ClosuresPanel />
      <DemoDataPanel />
      <RetentionPanel />
      <AuditLogViewer />
    </>
  );
}
