/**
 * The shared blocks' stylesheets, loaded right after the theme and before any feature's. A feature
 * may put its own class beside a block's (a panel with its own gap, a quiet button with its own
 * colour); at the same specificity the later rule wins, so the feature's must come later, whatever
 * order the components happen to be imported in.
 */
import './a11y.module.css';
import './Badge/Badge.module.css';
import './Banner/Banner.module.css';
import './Button/Button.module.css';
import './Dialog/Dialog.module.css';
import './Field/Field.module.css';
import './Panel/Panel.module.css';
import './Screen/Screen.module.css';
